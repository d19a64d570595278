// @generated from spec/eflo-controller/2022-12-15/types/ExtendClusterNodeGroups.json by `cargo xtask codegen`; do not edit.
//! The `ExtendClusterNodeGroups` data type.

/// The node group.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ExtendClusterNodeGroups {
    /// The number of nodes to purchase. Valid values: 0 to 500. If Amount is set to 0, no nodes are purchased and existing nodes are used for scale-out. If Amount is set to a value from 1 to 500, the specified number of nodes are purchased and used for scale-out. Default value: 0.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `Amount`.
    #[serde(rename = "Amount", default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// Specifies whether to enable auto-renewal for the purchased nodes. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY or POSTPAY. Valid values: True: Enable auto-renewal. False: Disable auto-renewal. Default value: False.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `AutoRenew`.
    #[serde(rename = "AutoRenew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The billing method of the nodes. This parameter does not take effect when Amount is set to 0. Valid values: PREPAY: subscription. POSTPAY: pay-as-you-go. Default value: PREPAY.
    ///
    /// Default: `"PREPAY"`.
    ///
    /// Wire name: `ChargeType`.
    #[serde(rename = "ChargeType", default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// The hostnames of the purchased nodes. This parameter does not take effect when Amount is set to 0.
    ///
    /// Wire name: `Hostnames`.
    #[serde(rename = "Hostnames", default, skip_serializing_if = "Option::is_none")]
    pub hostnames: Option<Vec<String>>,
    /// The list of hyper nodes.
    ///
    /// Wire name: `HyperNodes`.
    #[serde(rename = "HyperNodes", default, skip_serializing_if = "Option::is_none")]
    pub hyper_nodes: Option<Vec<crate::types::ExtendClusterHyperNodes>>,
    /// The logon password of the purchased nodes. This parameter does not take effect when Amount is set to 0.
    ///
    /// Wire name: `LoginPassword`.
    #[serde(rename = "LoginPassword", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The node tags.
    ///
    /// Wire name: `NodeTag`.
    #[serde(rename = "NodeTag", default, skip_serializing_if = "Option::is_none")]
    pub node_tag: Option<Vec<crate::types::NodeTag>>,
    /// The list of nodes.
    ///
    /// Wire name: `Nodes`.
    #[serde(rename = "Nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<crate::types::ExtendClusterNodes>>,
    /// The subscription duration of the purchased nodes. Unit: months. Valid values: 1, 6, 12, 24, 36, and 48. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY.
    ///
    /// Wire name: `Period`.
    #[serde(rename = "Period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// The savings plan ID.
    ///
    /// Wire name: `SavingsPlanId`.
    #[serde(rename = "SavingsPlanId", default, skip_serializing_if = "Option::is_none")]
    pub savings_plan_id: Option<String>,
    /// The custom executable shell script. The script must be in Base64 encoding. The maximum size of the raw data is 16 KB.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// The vSwitch ID.
    ///
    /// Wire name: `VSwitchId`.
    #[serde(rename = "VSwitchId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_id: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `VpcId`.
    #[serde(rename = "VpcId", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl ExtendClusterNodeGroups {
    /// Sets `Amount`: The number of nodes to purchase. Valid values: 0 to 500. If Amount is set to 0, no nodes are purchased and existing nodes are used for scale-out. If Amount is set to a value from 1 to 500, the specified number of nodes are purchased and used for scale-out. Default value: 0.
    pub fn with_amount(mut self, value: i64) -> Self {
        self.amount = Some(value);
        self
    }

    /// Sets `AutoRenew`: Specifies whether to enable auto-renewal for the purchased nodes. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY or POSTPAY. Valid values: True: Enable auto-renewal. False: Disable auto-renewal. Default value: False.
    pub fn with_auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = Some(value);
        self
    }

    /// Sets `ChargeType`: The billing method of the nodes. This parameter does not take effect when Amount is set to 0. Valid values: PREPAY: subscription. POSTPAY: pay-as-you-go. Default value: PREPAY.
    pub fn with_charge_type(mut self, value: impl Into<String>) -> Self {
        self.charge_type = Some(value.into());
        self
    }

    /// Sets `Hostnames`: The hostnames of the purchased nodes. This parameter does not take effect when Amount is set to 0.
    pub fn with_hostnames(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.hostnames = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `HyperNodes`: The list of hyper nodes.
    pub fn with_hyper_nodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::ExtendClusterHyperNodes>>,
    ) -> Self {
        self.hyper_nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `LoginPassword`: The logon password of the purchased nodes. This parameter does not take effect when Amount is set to 0.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `NodeGroupId`: The node group ID.
    pub fn with_node_group_id(mut self, value: impl Into<String>) -> Self {
        self.node_group_id = Some(value.into());
        self
    }

    /// Sets `NodeTag`: The node tags.
    pub fn with_node_tag(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::NodeTag>>,
    ) -> Self {
        self.node_tag = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Nodes`: The list of nodes.
    pub fn with_nodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::ExtendClusterNodes>>,
    ) -> Self {
        self.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Period`: The subscription duration of the purchased nodes. Unit: months. Valid values: 1, 6, 12, 24, 36, and 48. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY.
    pub fn with_period(mut self, value: i64) -> Self {
        self.period = Some(value);
        self
    }

    /// Sets `SavingsPlanId`: The savings plan ID.
    pub fn with_savings_plan_id(mut self, value: impl Into<String>) -> Self {
        self.savings_plan_id = Some(value.into());
        self
    }

    /// Sets `UserData`: The custom executable shell script. The script must be in Base64 encoding. The maximum size of the raw data is 16 KB.
    pub fn with_user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Sets `VSwitchId`: The vSwitch ID.
    pub fn with_v_switch_id(mut self, value: impl Into<String>) -> Self {
        self.v_switch_id = Some(value.into());
        self
    }

    /// Sets `VpcId`: The VPC ID.
    pub fn with_vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// Sets `ZoneId`: The zone ID.
    pub fn with_zone_id(mut self, value: impl Into<String>) -> Self {
        self.zone_id = Some(value.into());
        self
    }

    /// The number of nodes to purchase. Valid values: 0 to 500. If Amount is set to 0, no nodes are purchased and existing nodes are used for scale-out. If Amount is set to a value from 1 to 500, the specified number of nodes are purchased and used for scale-out. Default value: 0 (`Amount`).
    pub fn amount(&self) -> Option<i64> {
        self.amount
    }

    /// Specifies whether to enable auto-renewal for the purchased nodes. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY or POSTPAY. Valid values: True: Enable auto-renewal. False: Disable auto-renewal. Default value: False (`AutoRenew`).
    pub fn auto_renew(&self) -> Option<bool> {
        self.auto_renew
    }

    /// The billing method of the nodes. This parameter does not take effect when Amount is set to 0. Valid values: PREPAY: subscription. POSTPAY: pay-as-you-go. Default value: PREPAY (`ChargeType`).
    pub fn charge_type(&self) -> Option<&str> {
        self.charge_type.as_deref()
    }

    /// The hostnames of the purchased nodes. This parameter does not take effect when Amount is set to 0 (`Hostnames`).
    pub fn hostnames(&self) -> &[String] {
        self.hostnames.as_deref().unwrap_or_default()
    }

    /// The list of hyper nodes (`HyperNodes`).
    pub fn hyper_nodes(&self) -> &[crate::types::ExtendClusterHyperNodes] {
        self.hyper_nodes.as_deref().unwrap_or_default()
    }

    /// The logon password of the purchased nodes. This parameter does not take effect when Amount is set to 0 (`LoginPassword`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The node tags (`NodeTag`).
    pub fn node_tag(&self) -> &[crate::types::NodeTag] {
        self.node_tag.as_deref().unwrap_or_default()
    }

    /// The list of nodes (`Nodes`).
    pub fn nodes(&self) -> &[crate::types::ExtendClusterNodes] {
        self.nodes.as_deref().unwrap_or_default()
    }

    /// The subscription duration of the purchased nodes. Unit: months. Valid values: 1, 6, 12, 24, 36, and 48. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY (`Period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }

    /// The savings plan ID (`SavingsPlanId`).
    pub fn savings_plan_id(&self) -> Option<&str> {
        self.savings_plan_id.as_deref()
    }

    /// The custom executable shell script. The script must be in Base64 encoding. The maximum size of the raw data is 16 KB (`UserData`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }

    /// The vSwitch ID (`VSwitchId`).
    pub fn v_switch_id(&self) -> Option<&str> {
        self.v_switch_id.as_deref()
    }

    /// The VPC ID (`VpcId`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

impl ExtendClusterNodeGroups {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ExtendClusterNodeGroups",
    description: sdk_shape::Text::en("The node group."),
    members: &[
        sdk_shape::MemberShape {
            name: "Amount",
            flag: "amount",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of nodes to purchase. Valid values: 0 to 500. If Amount is set to 0, no nodes are purchased and existing nodes are used for scale-out. If Amount is set to a value from 1 to 500, the specified number of nodes are purchased and used for scale-out. Default value: 0.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "AutoRenew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto-renewal for the purchased nodes. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY or POSTPAY. Valid values: True: Enable auto-renewal. False: Disable auto-renewal. Default value: False.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ChargeType",
            flag: "charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method of the nodes. This parameter does not take effect when Amount is set to 0. Valid values: PREPAY: subscription. POSTPAY: pay-as-you-go. Default value: PREPAY.",
            ),
            default: Some("\"PREPAY\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hostnames",
            flag: "hostnames",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The hostnames of the purchased nodes. This parameter does not take effect when Amount is set to 0.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HyperNodes",
            flag: "hyper-nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::extend_cluster_hyper_nodes::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of hyper nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LoginPassword",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The logon password of the purchased nodes. This parameter does not take effect when Amount is set to 0.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeTag",
            flag: "node-tag",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The node tags."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::extend_cluster_nodes::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The subscription duration of the purchased nodes. Unit: months. Valid values: 1, 6, 12, 24, 36, and 48. This parameter takes effect when Amount is not 0 and ChargeType is set to PREPAY.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SavingsPlanId",
            flag: "savings-plan-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The savings plan ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom executable shell script. The script must be in Base64 encoding. The maximum size of the raw data is 16 KB.",
            ),
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
            name: "VpcId",
            flag: "vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ZoneId",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
