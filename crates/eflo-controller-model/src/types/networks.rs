// @generated from spec/eflo-controller/2022-12-15/types/Networks.json by `cargo xtask codegen`; do not edit.
//! The `Networks` data type.

/// The network information.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Networks {
    /// The IP allocation policy.
    ///
    /// Wire name: `IpAllocationPolicy`.
    #[serde(
        rename = "IpAllocationPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_allocation_policy: Option<Vec<crate::types::IpAllocationPolicy>>,
    /// The VPD configuration information.
    ///
    /// Wire name: `NewVpdInfo`.
    #[serde(rename = "NewVpdInfo", default, skip_serializing_if = "Option::is_none")]
    pub new_vpd_info: Option<crate::types::NewVpdInfo>,
    /// The security group ID.
    ///
    /// Wire name: `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The IP version.
    ///
    /// Wire name: `TailIpVersion`.
    #[serde(rename = "TailIpVersion", default, skip_serializing_if = "Option::is_none")]
    pub tail_ip_version: Option<String>,
    /// The vSwitch ID.
    ///
    /// Wire name: `VSwitchId`.
    #[serde(rename = "VSwitchId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_id: Option<String>,
    /// The zone ID of the vSwitch.
    ///
    /// Wire name: `VSwitchZoneId`.
    #[serde(rename = "VSwitchZoneId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_zone_id: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `VpcId`.
    #[serde(rename = "VpcId", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The information about the reused VPD.
    ///
    /// Wire name: `VpdInfo`.
    #[serde(rename = "VpdInfo", default, skip_serializing_if = "Option::is_none")]
    pub vpd_info: Option<crate::types::VpdInfo>,
}

impl Networks {
    /// Sets `IpAllocationPolicy`: The IP allocation policy.
    pub fn with_ip_allocation_policy(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::IpAllocationPolicy>>,
    ) -> Self {
        self.ip_allocation_policy = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `NewVpdInfo`: The VPD configuration information.
    pub fn with_new_vpd_info(
        mut self,
        value: impl Into<crate::types::NewVpdInfo>,
    ) -> Self {
        self.new_vpd_info = Some(value.into());
        self
    }

    /// Sets `SecurityGroupId`: The security group ID.
    pub fn with_security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `TailIpVersion`: The IP version.
    pub fn with_tail_ip_version(mut self, value: impl Into<String>) -> Self {
        self.tail_ip_version = Some(value.into());
        self
    }

    /// Sets `VSwitchId`: The vSwitch ID.
    pub fn with_v_switch_id(mut self, value: impl Into<String>) -> Self {
        self.v_switch_id = Some(value.into());
        self
    }

    /// Sets `VSwitchZoneId`: The zone ID of the vSwitch.
    pub fn with_v_switch_zone_id(mut self, value: impl Into<String>) -> Self {
        self.v_switch_zone_id = Some(value.into());
        self
    }

    /// Sets `VpcId`: The VPC ID.
    pub fn with_vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `VpdInfo`: The information about the reused VPD.
    pub fn with_vpd_info(mut self, value: impl Into<crate::types::VpdInfo>) -> Self {
        self.vpd_info = Some(value.into());
        self
    }

    /// The IP allocation policy (`IpAllocationPolicy`).
    pub fn ip_allocation_policy(&self) -> &[crate::types::IpAllocationPolicy] {
        self.ip_allocation_policy.as_deref().unwrap_or_default()
    }

    /// The VPD configuration information (`NewVpdInfo`).
    pub fn new_vpd_info(&self) -> Option<&crate::types::NewVpdInfo> {
        self.new_vpd_info.as_ref()
    }

    /// The security group ID (`SecurityGroupId`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The IP version (`TailIpVersion`).
    pub fn tail_ip_version(&self) -> Option<&str> {
        self.tail_ip_version.as_deref()
    }

    /// The vSwitch ID (`VSwitchId`).
    pub fn v_switch_id(&self) -> Option<&str> {
        self.v_switch_id.as_deref()
    }

    /// The zone ID of the vSwitch (`VSwitchZoneId`).
    pub fn v_switch_zone_id(&self) -> Option<&str> {
        self.v_switch_zone_id.as_deref()
    }

    /// The VPC ID (`VpcId`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }

    /// The information about the reused VPD (`VpdInfo`).
    pub fn vpd_info(&self) -> Option<&crate::types::VpdInfo> {
        self.vpd_info.as_ref()
    }
}

impl Networks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Networks",
    description: sdk_shape::Text::en("The network information."),
    members: &[
        sdk_shape::MemberShape {
            name: "IpAllocationPolicy",
            flag: "ip-allocation-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::ip_allocation_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The IP allocation policy."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NewVpdInfo",
            flag: "new-vpd-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::new_vpd_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The VPD configuration information."),
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
            name: "TailIpVersion",
            flag: "tail-ip-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP version."),
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
            name: "VSwitchZoneId",
            flag: "v-switch-zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID of the vSwitch."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpcId",
            flag: "vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdInfo",
            flag: "vpd-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::vpd_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The information about the reused VPD."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
