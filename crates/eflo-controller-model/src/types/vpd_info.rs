// @generated from spec/eflo-controller/2022-12-15/types/VpdInfo.json by `cargo xtask codegen`; do not edit.
//! The `VpdInfo` data type.

/// The information about the reused VPD.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct VpdInfo {
    /// The VPC ID.
    ///
    /// Wire name: `VpdId`.
    #[serde(rename = "VpdId", default, skip_serializing_if = "Option::is_none")]
    pub vpd_id: Option<String>,
    /// The list of cluster subnet IDs.
    ///
    /// Wire name: `VpdSubnets`.
    #[serde(rename = "VpdSubnets", default, skip_serializing_if = "Option::is_none")]
    pub vpd_subnets: Option<Vec<String>>,
}

impl VpdInfo {
    /// Sets `VpdId`: The VPC ID.
    pub fn with_vpd_id(mut self, value: impl Into<String>) -> Self {
        self.vpd_id = Some(value.into());
        self
    }

    /// Sets `VpdSubnets`: The list of cluster subnet IDs.
    pub fn with_vpd_subnets(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.vpd_subnets = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The VPC ID (`VpdId`).
    pub fn vpd_id(&self) -> Option<&str> {
        self.vpd_id.as_deref()
    }

    /// The list of cluster subnet IDs (`VpdSubnets`).
    pub fn vpd_subnets(&self) -> &[String] {
        self.vpd_subnets.as_deref().unwrap_or_default()
    }
}

impl VpdInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "VpdInfo",
    description: sdk_shape::Text::en("The information about the reused VPD."),
    members: &[
        sdk_shape::MemberShape {
            name: "VpdId",
            flag: "vpd-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdSubnets",
            flag: "vpd-subnets",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of cluster subnet IDs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
