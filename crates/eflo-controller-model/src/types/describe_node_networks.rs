// @generated from spec/eflo-controller/2022-12-15/types/DescribeNodeNetworks.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodeNetworks` data type.

/// The network information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodeNetworks {
    /// The NIC port information.
    ///
    /// Wire name: `BondName`.
    #[serde(rename = "BondName", default, skip_serializing_if = "Option::is_none")]
    pub bond_name: Option<String>,
    /// The IP address of the machine.
    ///
    /// Wire name: `Ip`.
    #[serde(rename = "Ip", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The security group ID.
    ///
    /// Wire name: `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The cluster subnet ID.
    ///
    /// Wire name: `SubnetId`.
    #[serde(rename = "SubnetId", default, skip_serializing_if = "Option::is_none")]
    pub subnet_id: Option<String>,
    /// The vSwitch ID.
    ///
    /// Wire name: `VSwitchId`.
    #[serde(rename = "VSwitchId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_id: Option<String>,
    /// The cluster network ID.
    ///
    /// Wire name: `VpdId`.
    #[serde(rename = "VpdId", default, skip_serializing_if = "Option::is_none")]
    pub vpd_id: Option<String>,
}

impl DescribeNodeNetworks {
    /// The NIC port information (`BondName`).
    pub fn bond_name(&self) -> Option<&str> {
        self.bond_name.as_deref()
    }

    /// The IP address of the machine (`Ip`).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// The security group ID (`SecurityGroupId`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The cluster subnet ID (`SubnetId`).
    pub fn subnet_id(&self) -> Option<&str> {
        self.subnet_id.as_deref()
    }

    /// The vSwitch ID (`VSwitchId`).
    pub fn v_switch_id(&self) -> Option<&str> {
        self.v_switch_id.as_deref()
    }

    /// The cluster network ID (`VpdId`).
    pub fn vpd_id(&self) -> Option<&str> {
        self.vpd_id.as_deref()
    }
}

impl DescribeNodeNetworks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeNodeNetworks",
    description: sdk_shape::Text::en("The network information."),
    members: &[
        sdk_shape::MemberShape {
            name: "BondName",
            flag: "bond-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The NIC port information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Ip",
            flag: "ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP address of the machine."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SecurityGroupId",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The security group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SubnetId",
            flag: "subnet-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster subnet ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VSwitchId",
            flag: "v-switch-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The vSwitch ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdId",
            flag: "vpd-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster network ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
