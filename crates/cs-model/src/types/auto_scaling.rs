// @generated from spec/cs/2015-12-15/types/AutoScaling.json by `cargo xtask codegen`; do not edit.
//! The `AutoScaling` data type.

/// The elastic scaling configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AutoScaling {
    /// **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. The peak bandwidth of the EIP. Unit: Mbit/s.
    ///
    /// Wire name: `eip_bandwidth`.
    #[serde(rename = "eip_bandwidth", default, skip_serializing_if = "Option::is_none")]
    pub eip_bandwidth: Option<i64>,
    /// **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. The billing method of the EIP. Valid values:
    ///
    /// - PayByBandwidth: pay-by-bandwidth.
    /// - PayByTraffic: pay-by-data-transfer.
    ///
    /// Default value: PayByBandwidth.
    ///
    /// Default: `"PayByBandwidth"`.
    ///
    /// Wire name: `eip_internet_charge_type`.
    #[serde(
        rename = "eip_internet_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eip_internet_charge_type: Option<String>,
    /// Specifies whether to enable auto scaling. Valid values:
    ///
    /// - true: enables auto scaling for the node pool. When the capacity planning of the cluster cannot meet the scheduling requirements of application pods, ACK automatically scales the node resources based on the configured minimum and maximum numbers of instances. For clusters running Kubernetes 1.24 or later, instant node elasticity is enabled by default. For clusters running Kubernetes versions earlier than 1.24, node auto scaling is enabled by default. For more information, see [Node auto scaling](https://help.aliyun.com/document_detail/2746785.html).
    /// - false: disables auto scaling. ACK adjusts the number of nodes in the node pool based on the configured expected number of nodes and always maintains the number of nodes at the expected value.
    ///
    /// When this parameter is set to false, other configuration parameters in auto_scaling do not take effect.
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. Specifies whether to bind an EIP. Valid values:
    ///
    /// - true: binds an EIP.
    /// - false: does not bind an EIP.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `is_bond_eip`.
    #[serde(rename = "is_bond_eip", default, skip_serializing_if = "Option::is_none")]
    pub is_bond_eip: Option<bool>,
    /// The maximum number of scalable instances in the node pool, excluding existing instances. This parameter takes effect only when enable is set to true.
    /// Valid values: \[min_instances, 2000\]. Default value: 0.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `max_instances`.
    #[serde(rename = "max_instances", default, skip_serializing_if = "Option::is_none")]
    pub max_instances: Option<i64>,
    /// The minimum number of scalable instances in the node pool, excluding your existing instances. This parameter takes effect only when `enable=true`.
    ///
    /// Valid values: \[0, max_instances\]. Default value: 0.
    ///
    /// > - If the minimum number of instances is not 0, the automatic creation of the corresponding number of ECS instances is triggered after the scaling group takes effect.
    /// > - We recommend that you set the maximum number of instances to a value no less than the current number of nodes in the node pool. Otherwise, the nodes in the node pool are scaled in immediately after the elastic scaling feature takes effect.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `min_instances`.
    #[serde(rename = "min_instances", default, skip_serializing_if = "Option::is_none")]
    pub min_instances: Option<i64>,
    /// The instance type for elastic scaling. This parameter takes effect only when `enable=true`. Valid values:
    ///
    /// - `cpu`: regular instance.
    ///
    /// - `gpu`: GPU-accelerated instance.
    ///
    /// - `gpushare`: shared GPU instance.
    ///
    /// - `spot`: spot instance.
    ///
    /// Default value: `cpu`.
    ///
    /// > Notice: This field cannot be modified after the node pool is created.\</notice>
    ///
    /// Default: `"cpu"`.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl AutoScaling {
    /// Sets `eip_bandwidth`: **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. The peak bandwidth of the EIP. Unit: Mbit/s.
    pub fn with_eip_bandwidth(mut self, value: i64) -> Self {
        self.eip_bandwidth = Some(value);
        self
    }

    /// Sets `eip_internet_charge_type`: **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. The billing method of the EIP. Valid values:.
    pub fn with_eip_internet_charge_type(mut self, value: impl Into<String>) -> Self {
        self.eip_internet_charge_type = Some(value.into());
        self
    }

    /// Sets `enable`: Specifies whether to enable auto scaling. Valid values:.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }

    /// Sets `is_bond_eip`: **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. Specifies whether to bind an EIP. Valid values:.
    pub fn with_is_bond_eip(mut self, value: bool) -> Self {
        self.is_bond_eip = Some(value);
        self
    }

    /// Sets `max_instances`: The maximum number of scalable instances in the node pool, excluding existing instances. This parameter takes effect only when enable is set to true. Valid values: \[min_instances, 2000\]. Default value: 0.
    pub fn with_max_instances(mut self, value: i64) -> Self {
        self.max_instances = Some(value);
        self
    }

    /// Sets `min_instances`: The minimum number of scalable instances in the node pool, excluding your existing instances. This parameter takes effect only when `enable=true`.
    pub fn with_min_instances(mut self, value: i64) -> Self {
        self.min_instances = Some(value);
        self
    }

    /// Sets `type`: The instance type for elastic scaling. This parameter takes effect only when `enable=true`. Valid values:.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. The peak bandwidth of the EIP. Unit: Mbit/s (`eip_bandwidth`).
    pub fn eip_bandwidth(&self) -> Option<i64> {
        self.eip_bandwidth
    }

    /// **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. The billing method of the EIP. Valid values: (`eip_internet_charge_type`).
    pub fn eip_internet_charge_type(&self) -> Option<&str> {
        self.eip_internet_charge_type.as_deref()
    }

    /// Specifies whether to enable auto scaling. Valid values: (`enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }

    /// **\[Deprecated\]** Use internet_charge_type and internet_max_bandwidth_out instead. Specifies whether to bind an EIP. Valid values: (`is_bond_eip`).
    pub fn is_bond_eip(&self) -> Option<bool> {
        self.is_bond_eip
    }

    /// The maximum number of scalable instances in the node pool, excluding existing instances. This parameter takes effect only when enable is set to true. Valid values: \[min_instances, 2000\]. Default value: 0 (`max_instances`).
    pub fn max_instances(&self) -> Option<i64> {
        self.max_instances
    }

    /// The minimum number of scalable instances in the node pool, excluding your existing instances. This parameter takes effect only when `enable=true` (`min_instances`).
    pub fn min_instances(&self) -> Option<i64> {
        self.min_instances
    }

    /// The instance type for elastic scaling. This parameter takes effect only when `enable=true`. Valid values: (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl AutoScaling {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AutoScaling",
    description: sdk_shape::Text::en("The elastic scaling configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "eip_bandwidth",
            flag: "eip-bandwidth",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use internet_charge_type and internet_max_bandwidth_out instead. The peak bandwidth of the EIP. Unit: Mbit/s.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "eip_internet_charge_type",
            flag: "eip-internet-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use internet_charge_type and internet_max_bandwidth_out instead. The billing method of the EIP. Valid values:\n\n- PayByBandwidth: pay-by-bandwidth.\n- PayByTraffic: pay-by-data-transfer.\n\nDefault value: PayByBandwidth.",
            ),
            default: Some("\"PayByBandwidth\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto scaling. Valid values:\n\n- true: enables auto scaling for the node pool. When the capacity planning of the cluster cannot meet the scheduling requirements of application pods, ACK automatically scales the node resources based on the configured minimum and maximum numbers of instances. For clusters running Kubernetes 1.24 or later, instant node elasticity is enabled by default. For clusters running Kubernetes versions earlier than 1.24, node auto scaling is enabled by default. For more information, see [Node auto scaling](https://help.aliyun.com/document_detail/2746785.html).\n- false: disables auto scaling. ACK adjusts the number of nodes in the node pool based on the configured expected number of nodes and always maintains the number of nodes at the expected value.\n\nWhen this parameter is set to false, other configuration parameters in auto_scaling do not take effect.\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_bond_eip",
            flag: "is-bond-eip",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use internet_charge_type and internet_max_bandwidth_out instead. Specifies whether to bind an EIP. Valid values:\n\n- true: binds an EIP.\n- false: does not bind an EIP.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_instances",
            flag: "max-instances",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of scalable instances in the node pool, excluding existing instances. This parameter takes effect only when enable is set to true.\nValid values: \\[min_instances, 2000\\]. Default value: 0.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "min_instances",
            flag: "min-instances",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum number of scalable instances in the node pool, excluding your existing instances. This parameter takes effect only when `enable=true`.\n\nValid values: \\[0, max_instances\\]. Default value: 0.\n\n> - If the minimum number of instances is not 0, the automatic creation of the corresponding number of ECS instances is triggered after the scaling group takes effect.\n> - We recommend that you set the maximum number of instances to a value no less than the current number of nodes in the node pool. Otherwise, the nodes in the node pool are scaled in immediately after the elastic scaling feature takes effect.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance type for elastic scaling. This parameter takes effect only when `enable=true`. Valid values:\n\n- `cpu`: regular instance.\n\n- `gpu`: GPU-accelerated instance.\n\n- `gpushare`: shared GPU instance.\n\n- `spot`: spot instance.\n\nDefault value: `cpu`.\n\n> Notice: This field cannot be modified after the node pool is created.\\</notice>",
            ),
            default: Some("\"cpu\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
