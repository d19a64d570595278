// @generated from spec/eflo-controller/2022-12-15/types/DescribeClusterNetworks.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterNetworks` data type.

/// The network information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterNetworks {
    /// The cluster CIDR block ID.
    ///
    /// Wire name: `VpdId`.
    #[serde(rename = "VpdId", default, skip_serializing_if = "Option::is_none")]
    pub vpd_id: Option<String>,
}

impl DescribeClusterNetworks {
    /// The cluster CIDR block ID (`VpdId`).
    pub fn vpd_id(&self) -> Option<&str> {
        self.vpd_id.as_deref()
    }
}

impl DescribeClusterNetworks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterNetworks",
    description: sdk_shape::Text::en("The network information."),
    members: &[
        sdk_shape::MemberShape {
            name: "VpdId",
            flag: "vpd-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster CIDR block ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
