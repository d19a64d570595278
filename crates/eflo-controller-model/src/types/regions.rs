// @generated from spec/eflo-controller/2022-12-15/types/Regions.json by `cargo xtask codegen`; do not edit.
//! The `Regions` data type.

/// The regions.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Regions {
    /// The region name.
    ///
    /// Wire name: `LocalName`.
    #[serde(rename = "LocalName", default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    /// The region ID.
    ///
    /// Wire name: `RegionId`.
    #[serde(rename = "RegionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
}

impl Regions {
    /// The region name (`LocalName`).
    pub fn local_name(&self) -> Option<&str> {
        self.local_name.as_deref()
    }

    /// The region ID (`RegionId`).
    pub fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }
}

impl Regions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Regions",
    description: sdk_shape::Text::en("The regions."),
    members: &[
        sdk_shape::MemberShape {
            name: "LocalName",
            flag: "local-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegionId",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
