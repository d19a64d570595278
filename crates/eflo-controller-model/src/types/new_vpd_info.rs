// @generated from spec/eflo-controller/2022-12-15/types/NewVpdInfo.json by `cargo xtask codegen`; do not edit.
//! The `NewVpdInfo` data type.

/// The VPD configuration information.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NewVpdInfo {
    /// The Cloud Enterprise Network (CEN) instance ID.
    ///
    /// Wire name: `CenId`.
    #[serde(rename = "CenId", default, skip_serializing_if = "Option::is_none")]
    pub cen_id: Option<String>,
    /// The cloud link CIDR block.
    ///
    /// Wire name: `CloudLinkCidr`.
    #[serde(rename = "CloudLinkCidr", default, skip_serializing_if = "Option::is_none")]
    pub cloud_link_cidr: Option<String>,
    /// The cloud link ID.
    ///
    /// Wire name: `CloudLinkId`.
    #[serde(rename = "CloudLinkId", default, skip_serializing_if = "Option::is_none")]
    pub cloud_link_id: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `MonitorVpcId`.
    #[serde(rename = "MonitorVpcId", default, skip_serializing_if = "Option::is_none")]
    pub monitor_vpc_id: Option<String>,
    /// The vSwitch ID.
    ///
    /// Wire name: `MonitorVswitchId`.
    #[serde(
        rename = "MonitorVswitchId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitor_vswitch_id: Option<String>,
    /// The cluster CIDR block.
    ///
    /// Wire name: `VpdCidr`.
    #[serde(rename = "VpdCidr", default, skip_serializing_if = "Option::is_none")]
    pub vpd_cidr: Option<String>,
    /// The cluster subnets.
    ///
    /// Wire name: `VpdSubnets`.
    #[serde(rename = "VpdSubnets", default, skip_serializing_if = "Option::is_none")]
    pub vpd_subnets: Option<Vec<crate::types::VpdSubnets>>,
}

impl NewVpdInfo {
    /// Sets `CenId`: The Cloud Enterprise Network (CEN) instance ID.
    pub fn with_cen_id(mut self, value: impl Into<String>) -> Self {
        self.cen_id = Some(value.into());
        self
    }

    /// Sets `CloudLinkCidr`: The cloud link CIDR block.
    pub fn with_cloud_link_cidr(mut self, value: impl Into<String>) -> Self {
        self.cloud_link_cidr = Some(value.into());
        self
    }

    /// Sets `CloudLinkId`: The cloud link ID.
    pub fn with_cloud_link_id(mut self, value: impl Into<String>) -> Self {
        self.cloud_link_id = Some(value.into());
        self
    }

    /// Sets `MonitorVpcId`: The VPC ID.
    pub fn with_monitor_vpc_id(mut self, value: impl Into<String>) -> Self {
        self.monitor_vpc_id = Some(value.into());
        self
    }

    /// Sets `MonitorVswitchId`: The vSwitch ID.
    pub fn with_monitor_vswitch_id(mut self, value: impl Into<String>) -> Self {
        self.monitor_vswitch_id = Some(value.into());
        self
    }

    /// Sets `VpdCidr`: The cluster CIDR block.
    pub fn with_vpd_cidr(mut self, value: impl Into<String>) -> Self {
        self.vpd_cidr = Some(value.into());
        self
    }

    /// Sets `VpdSubnets`: The cluster subnets.
    pub fn with_vpd_subnets(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::VpdSubnets>>,
    ) -> Self {
        self.vpd_subnets = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The Cloud Enterprise Network (CEN) instance ID (`CenId`).
    pub fn cen_id(&self) -> Option<&str> {
        self.cen_id.as_deref()
    }

    /// The cloud link CIDR block (`CloudLinkCidr`).
    pub fn cloud_link_cidr(&self) -> Option<&str> {
        self.cloud_link_cidr.as_deref()
    }

    /// The cloud link ID (`CloudLinkId`).
    pub fn cloud_link_id(&self) -> Option<&str> {
        self.cloud_link_id.as_deref()
    }

    /// The VPC ID (`MonitorVpcId`).
    pub fn monitor_vpc_id(&self) -> Option<&str> {
        self.monitor_vpc_id.as_deref()
    }

    /// The vSwitch ID (`MonitorVswitchId`).
    pub fn monitor_vswitch_id(&self) -> Option<&str> {
        self.monitor_vswitch_id.as_deref()
    }

    /// The cluster CIDR block (`VpdCidr`).
    pub fn vpd_cidr(&self) -> Option<&str> {
        self.vpd_cidr.as_deref()
    }

    /// The cluster subnets (`VpdSubnets`).
    pub fn vpd_subnets(&self) -> &[crate::types::VpdSubnets] {
        self.vpd_subnets.as_deref().unwrap_or_default()
    }
}

impl NewVpdInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NewVpdInfo",
    description: sdk_shape::Text::en("The VPD configuration information."),
    members: &[
        sdk_shape::MemberShape {
            name: "CenId",
            flag: "cen-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Cloud Enterprise Network (CEN) instance ID.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CloudLinkCidr",
            flag: "cloud-link-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cloud link CIDR block."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CloudLinkId",
            flag: "cloud-link-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cloud link ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MonitorVpcId",
            flag: "monitor-vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MonitorVswitchId",
            flag: "monitor-vswitch-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The vSwitch ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdCidr",
            flag: "vpd-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster CIDR block."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdSubnets",
            flag: "vpd-subnets",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::vpd_subnets::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster subnets."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
