// @generated from spec/eflo-controller/2022-12-15/types/DescribeHyperNodeNetworks.json by `cargo xtask codegen`; do not edit.
//! The `DescribeHyperNodeNetworks` data type.

/// The network information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeHyperNodeNetworks {
    /// The bond interface name of the machine.
    ///
    /// Wire name: `BondName`.
    #[serde(rename = "BondName", default, skip_serializing_if = "Option::is_none")]
    pub bond_name: Option<String>,
    /// The IP address of the machine in the VPC.
    ///
    /// Wire name: `Ip`.
    #[serde(rename = "Ip", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
}

impl DescribeHyperNodeNetworks {
    /// The bond interface name of the machine (`BondName`).
    pub fn bond_name(&self) -> Option<&str> {
        self.bond_name.as_deref()
    }

    /// The IP address of the machine in the VPC (`Ip`).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }
}

impl DescribeHyperNodeNetworks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeHyperNodeNetworks",
    description: sdk_shape::Text::en("The network information."),
    members: &[
        sdk_shape::MemberShape {
            name: "BondName",
            flag: "bond-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The bond interface name of the machine."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Ip",
            flag: "ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The IP address of the machine in the VPC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
