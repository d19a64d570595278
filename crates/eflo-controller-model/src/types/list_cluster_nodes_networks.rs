// @generated from spec/eflo-controller/2022-12-15/types/ListClusterNodesNetworks.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterNodesNetworks` data type.

/// The network information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterNodesNetworks {
    /// The name of the network interface on the machine.
    ///
    /// Wire name: `BondName`.
    #[serde(rename = "BondName", default, skip_serializing_if = "Option::is_none")]
    pub bond_name: Option<String>,
    /// The IP address of the machine in the virtual private cloud (VPC).
    ///
    /// Wire name: `Ip`.
    #[serde(rename = "Ip", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The subnet ID of the VPC.
    ///
    /// Wire name: `SubnetId`.
    #[serde(rename = "SubnetId", default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `VpdId`.
    #[serde(rename = "VpdId", default, skip_serializing_if = "Option::is_none")]
    pub vpd_id: Option<String>,
}

impl ListClusterNodesNetworks {
    /// The name of the network interface on the machine (`BondName`).
    pub fn bond_name(&self) -> Option<&str> {
        self.bond_name.as_deref()
    }

    /// The IP address of the machine in the virtual private cloud (VPC) (`Ip`).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// The subnet ID of the VPC (`SubnetId`).
    pub fn subnet_id(&self) -> Option<&str> {
        self.subnet_id.as_deref()
    }

    /// The VPC ID (`VpdId`).
    pub fn vpd_id(&self) -> Option<&str> {
        self.vpd_id.as_deref()
    }
}

impl ListClusterNodesNetworks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListClusterNodesNetworks",
    description: sdk_shape::Text::en("The network information."),
    members: &[
        sdk_shape::MemberShape {
            name: "BondName",
            flag: "bond-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the network interface on the machine.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Ip",
            flag: "ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The IP address of the machine in the virtual private cloud (VPC).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SubnetId",
            flag: "subnet-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The subnet ID of the VPC."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdId",
            flag: "vpd-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
