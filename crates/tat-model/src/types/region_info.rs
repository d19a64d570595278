// @generated from spec/tat/2020-10-28/types/RegionInfo.json by `cargo xtask codegen`; do not edit.
//! The `RegionInfo` data type.

/// Information of a region.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RegionInfo {
    /// Region name, such as `ap-guangzhou`
    ///
    /// Wire name: `Region`.
    #[serde(rename = "Region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Region description, such as `Guangzhou`
    ///
    /// Wire name: `RegionName`.
    #[serde(rename = "RegionName", default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// Region availability status. AVAILABLE indicates the region is AVAILABLE. UNAVAILABLE indicates the region is UNAVAILABLE.
    ///
    /// Wire name: `RegionState`.
    #[serde(rename = "RegionState", default, skip_serializing_if = "Option::is_none")]
    pub region_state: Option<String>,
}

impl RegionInfo {
    /// Region name, such as `ap-guangzhou` (`Region`).
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Region description, such as `Guangzhou` (`RegionName`).
    pub fn region_name(&self) -> Option<&str> {
        self.region_name.as_deref()
    }

    /// Region availability status. AVAILABLE indicates the region is AVAILABLE. UNAVAILABLE indicates the region is UNAVAILABLE (`RegionState`).
    pub fn region_state(&self) -> Option<&str> {
        self.region_state.as_deref()
    }
}

impl RegionInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RegionInfo",
    description: sdk_shape::Text::both(
        "Information of a region.",
        "描述单个地域信息",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Region",
            flag: "region",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Region name, such as `ap-guangzhou`",
                "地域名称，例如，ap-guangzhou",
            ),
            example: Some("\"ap-guangzhou\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegionName",
            flag: "region-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Region description, such as `Guangzhou`",
                "地域描述，例如: 广州",
            ),
            example: Some("\"广州\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegionState",
            flag: "region-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Region availability status. AVAILABLE indicates the region is AVAILABLE. UNAVAILABLE indicates the region is UNAVAILABLE.",
                "地域是否可用状态，AVAILABLE 代表可用，UNAVAILABLE 代表不可用。",
            ),
            example: Some("\"AVAILABLE\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
