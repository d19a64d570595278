// @generated from spec/cs/2015-12-15/types/ControlPlaneConfig.json by `cargo xtask codegen`; do not edit.
//! The `ControlPlaneConfig` data type.

/// The control plane configuration for ACK dedicated clusters.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ControlPlaneConfig {
    /// Specifies whether to enable auto-renewal for control plane nodes. This parameter takes effect only when the billing method is set to `PrePaid`. Valid values:
    ///
    /// - true: Enables auto-renewal.
    /// - false: Disables auto-renewal.
    ///
    /// Default value: true.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `auto_renew`.
    #[serde(rename = "auto_renew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The auto-renewal period for control plane nodes.
    ///
    /// Valid values: {1, 2, 3, 6, 12}. Unit: months.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `auto_renew_period`.
    #[serde(
        rename = "auto_renew_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_renew_period: Option<i64>,
    /// The billing method for control plane nodes.
    ///
    /// - `PrePaid`: subscription.
    /// - `PostPaid`: pay-as-you-go.
    ///
    /// Default value: `PostPaid`.
    ///
    /// Default: `"PostPaid"`.
    ///
    /// Wire name: `charge_type`.
    #[serde(rename = "charge_type", default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// Specifies whether to install CloudMonitor on nodes.
    ///
    /// - true: Installs the CloudMonitor agent.
    ///
    /// - false: Does not install the CloudMonitor agent.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `cloud_monitor_flags`.
    #[serde(
        rename = "cloud_monitor_flags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_monitor_flags: Option<bool>,
    /// The CPU management policy for nodes.
    ///
    /// - static: Allows pods with certain resource characteristics on the node to be granted enhanced CPU affinity and exclusivity.
    ///
    /// - none: Uses the existing default CPU affinity scheme.
    ///
    /// Default value: none.
    ///
    /// Default: `"none"`.
    ///
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// The deployment set ID.
    ///
    /// Wire name: `deploymentset_id`.
    #[serde(
        rename = "deploymentset_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deploymentset_id: Option<String>,
    /// The image ID.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The operating system image type.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// The instance metadata access configuration for ECS instances.
    ///
    /// Wire name: `instance_metadata_options`.
    #[serde(
        rename = "instance_metadata_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_options: Option<crate::types::InstanceMetadataOptions>,
    /// The instance types for nodes.
    ///
    /// Wire name: `instance_types`.
    #[serde(rename = "instance_types", default, skip_serializing_if = "Option::is_none")]
    pub instance_types: Option<Vec<String>>,
    /// The name of the key pair. You must set this parameter or login_password.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// The SSH logon password. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters. You must set this parameter or key_pair.
    ///
    /// Wire name: `login_password`.
    #[serde(rename = "login_password", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// **\[Deprecated\]** The node service port range.
    ///
    /// Wire name: `node_port_range`.
    #[serde(
        rename = "node_port_range",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_port_range: Option<String>,
    /// The subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid`.
    ///
    /// Valid values: {1, 2, 3, 6, 12, 24, 36, 48, 60}. Unit: months.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// The unit of the subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid`.
    ///
    /// Valid value: `Month`. Currently, only month-based billing cycles are supported.
    ///
    /// Wire name: `period_unit`.
    #[serde(rename = "period_unit", default, skip_serializing_if = "Option::is_none")]
    pub period_unit: Option<String>,
    /// **\[Deprecated\]** The runtime name for control plane nodes. Valid values:
    ///
    /// containerd: The Containerd runtime, which is supported by all cluster versions.
    ///
    /// Wire name: `runtime`.
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// Specifies whether to enable Alibaba Cloud OS security hardening.
    ///
    /// - true: Enables Alibaba Cloud OS security hardening.
    ///
    /// - false: Disables Alibaba Cloud OS security hardening.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `security_hardening_os`.
    #[serde(
        rename = "security_hardening_os",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_hardening_os: Option<bool>,
    /// The number of control plane nodes.
    ///
    /// Valid values: `3` or `5`.
    ///
    /// Wire name: `size`.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Specifies whether to enable MLPS security hardening.
    ///
    /// - true: Enables MLPS 2.0 security hardening.
    ///
    /// - false: Disables MLPS 2.0 security hardening.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `soc_enabled`.
    #[serde(rename = "soc_enabled", default, skip_serializing_if = "Option::is_none")]
    pub soc_enabled: Option<bool>,
    /// Specifies whether to enable burst performance for node system cloud disks.
    ///
    /// - true: Enabled.
    ///
    /// - false: Disabled.
    ///
    /// This parameter is supported only when `system_disk_category` is set to `cloud_auto`.
    ///
    /// Wire name: `system_disk_bursting_enabled`.
    #[serde(
        rename = "system_disk_bursting_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_bursting_enabled: Option<bool>,
    /// The type of the node system cloud disk.
    ///
    /// - `cloud_efficiency`: ultra cloud disk.
    /// - `cloud_ssd`: standard SSD.
    /// - `cloud_essd`: ESSD.
    /// - `cloud_auto`: ESSD AutoPL cloud disk.
    /// - `cloud_essd_entry`: ESSD Entry cloud disk.
    ///
    /// Default value: `cloud_ssd`. The default value may vary by zone.
    ///
    /// Default: `"cloud_ssd"`.
    ///
    /// Wire name: `system_disk_category`.
    #[serde(
        rename = "system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_category: Option<String>,
    /// The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks.
    ///
    /// The performance level varies based on the cloud disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    ///
    /// Wire name: `system_disk_performance_level`.
    #[serde(
        rename = "system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_performance_level: Option<String>,
    /// The provisioned read/write IOPS for node system cloud disks.
    ///
    /// Valid values: 0 to min{50,000, 1000 × capacity - baseline performance}. Baseline performance = min{1,800 + 50 × capacity, 50000}.
    ///
    /// This parameter is supported only when `system_disk_category` is set to `cloud_auto`.
    ///
    /// Wire name: `system_disk_provisioned_iops`.
    #[serde(
        rename = "system_disk_provisioned_iops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_provisioned_iops: Option<i64>,
    /// The size of the node system cloud disk.
    ///
    /// Valid values: \[40, 500\]. Unit: GiB.
    ///
    /// Default value: `120`.
    ///
    /// Default: `120`. Minimum: 40. Maximum: 500.
    ///
    /// Wire name: `system_disk_size`.
    #[serde(
        rename = "system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_size: Option<i64>,
    /// The automatic snapshot policy for node system cloud disks.
    ///
    /// Wire name: `system_disk_snapshot_policy_id`.
    #[serde(
        rename = "system_disk_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_snapshot_policy_id: Option<String>,
}

impl ControlPlaneConfig {
    /// Sets `auto_renew`: Specifies whether to enable auto-renewal for control plane nodes. This parameter takes effect only when the billing method is set to `PrePaid`. Valid values:.
    pub fn with_auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = Some(value);
        self
    }

    /// Sets `auto_renew_period`: The auto-renewal period for control plane nodes.
    pub fn with_auto_renew_period(mut self, value: i64) -> Self {
        self.auto_renew_period = Some(value);
        self
    }

    /// Sets `charge_type`: The billing method for control plane nodes.
    pub fn with_charge_type(mut self, value: impl Into<String>) -> Self {
        self.charge_type = Some(value.into());
        self
    }

    /// Sets `cloud_monitor_flags`: Specifies whether to install CloudMonitor on nodes.
    pub fn with_cloud_monitor_flags(mut self, value: bool) -> Self {
        self.cloud_monitor_flags = Some(value);
        self
    }

    /// Sets `cpu_policy`: The CPU management policy for nodes.
    pub fn with_cpu_policy(mut self, value: impl Into<String>) -> Self {
        self.cpu_policy = Some(value.into());
        self
    }

    /// Sets `deploymentset_id`: The deployment set ID.
    pub fn with_deploymentset_id(mut self, value: impl Into<String>) -> Self {
        self.deploymentset_id = Some(value.into());
        self
    }

    /// Sets `image_id`: The image ID.
    pub fn with_image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `image_type`: The operating system image type.
    pub fn with_image_type(mut self, value: impl Into<String>) -> Self {
        self.image_type = Some(value.into());
        self
    }

    /// Sets `instance_metadata_options`: The instance metadata access configuration for ECS instances.
    pub fn with_instance_metadata_options(
        mut self,
        value: impl Into<crate::types::InstanceMetadataOptions>,
    ) -> Self {
        self.instance_metadata_options = Some(value.into());
        self
    }

    /// Sets `instance_types`: The instance types for nodes.
    pub fn with_instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_types = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `key_pair`: The name of the key pair. You must set this parameter or login_password.
    pub fn with_key_pair(mut self, value: impl Into<String>) -> Self {
        self.key_pair = Some(value.into());
        self
    }

    /// Sets `login_password`: The SSH logon password. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters. You must set this parameter or key_pair.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `node_port_range`: **\[Deprecated\]** The node service port range.
    pub fn with_node_port_range(mut self, value: impl Into<String>) -> Self {
        self.node_port_range = Some(value.into());
        self
    }

    /// Sets `period`: The subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid`.
    pub fn with_period(mut self, value: i64) -> Self {
        self.period = Some(value);
        self
    }

    /// Sets `period_unit`: The unit of the subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid`.
    pub fn with_period_unit(mut self, value: impl Into<String>) -> Self {
        self.period_unit = Some(value.into());
        self
    }

    /// Sets `runtime`: **\[Deprecated\]** The runtime name for control plane nodes. Valid values:.
    pub fn with_runtime(mut self, value: impl Into<String>) -> Self {
        self.runtime = Some(value.into());
        self
    }

    /// Sets `security_hardening_os`: Specifies whether to enable Alibaba Cloud OS security hardening.
    pub fn with_security_hardening_os(mut self, value: bool) -> Self {
        self.security_hardening_os = Some(value);
        self
    }

    /// Sets `size`: The number of control plane nodes.
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }

    /// Sets `soc_enabled`: Specifies whether to enable MLPS security hardening.
    pub fn with_soc_enabled(mut self, value: bool) -> Self {
        self.soc_enabled = Some(value);
        self
    }

    /// Sets `system_disk_bursting_enabled`: Specifies whether to enable burst performance for node system cloud disks.
    pub fn with_system_disk_bursting_enabled(mut self, value: bool) -> Self {
        self.system_disk_bursting_enabled = Some(value);
        self
    }

    /// Sets `system_disk_category`: The type of the node system cloud disk.
    pub fn with_system_disk_category(mut self, value: impl Into<String>) -> Self {
        self.system_disk_category = Some(value.into());
        self
    }

    /// Sets `system_disk_performance_level`: The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks.
    pub fn with_system_disk_performance_level(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.system_disk_performance_level = Some(value.into());
        self
    }

    /// Sets `system_disk_provisioned_iops`: The provisioned read/write IOPS for node system cloud disks.
    pub fn with_system_disk_provisioned_iops(mut self, value: i64) -> Self {
        self.system_disk_provisioned_iops = Some(value);
        self
    }

    /// Sets `system_disk_size`: The size of the node system cloud disk.
    pub fn with_system_disk_size(mut self, value: i64) -> Self {
        self.system_disk_size = Some(value);
        self
    }

    /// Sets `system_disk_snapshot_policy_id`: The automatic snapshot policy for node system cloud disks.
    pub fn with_system_disk_snapshot_policy_id(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.system_disk_snapshot_policy_id = Some(value.into());
        self
    }

    /// Specifies whether to enable auto-renewal for control plane nodes. This parameter takes effect only when the billing method is set to `PrePaid`. Valid values: (`auto_renew`).
    pub fn auto_renew(&self) -> Option<bool> {
        self.auto_renew
    }

    /// The auto-renewal period for control plane nodes (`auto_renew_period`).
    pub fn auto_renew_period(&self) -> Option<i64> {
        self.auto_renew_period
    }

    /// The billing method for control plane nodes (`charge_type`).
    pub fn charge_type(&self) -> Option<&str> {
        self.charge_type.as_deref()
    }

    /// Specifies whether to install CloudMonitor on nodes (`cloud_monitor_flags`).
    pub fn cloud_monitor_flags(&self) -> Option<bool> {
        self.cloud_monitor_flags
    }

    /// The CPU management policy for nodes (`cpu_policy`).
    pub fn cpu_policy(&self) -> Option<&str> {
        self.cpu_policy.as_deref()
    }

    /// The deployment set ID (`deploymentset_id`).
    pub fn deploymentset_id(&self) -> Option<&str> {
        self.deploymentset_id.as_deref()
    }

    /// The image ID (`image_id`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The operating system image type (`image_type`).
    pub fn image_type(&self) -> Option<&str> {
        self.image_type.as_deref()
    }

    /// The instance metadata access configuration for ECS instances (`instance_metadata_options`).
    pub fn instance_metadata_options(
        &self,
    ) -> Option<&crate::types::InstanceMetadataOptions> {
        self.instance_metadata_options.as_ref()
    }

    /// The instance types for nodes (`instance_types`).
    pub fn instance_types(&self) -> &[String] {
        self.instance_types.as_deref().unwrap_or_default()
    }

    /// The name of the key pair. You must set this parameter or login_password (`key_pair`).
    pub fn key_pair(&self) -> Option<&str> {
        self.key_pair.as_deref()
    }

    /// The SSH logon password. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters. You must set this parameter or key_pair (`login_password`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// **\[Deprecated\]** The node service port range (`node_port_range`).
    pub fn node_port_range(&self) -> Option<&str> {
        self.node_port_range.as_deref()
    }

    /// The subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid` (`period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }

    /// The unit of the subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid` (`period_unit`).
    pub fn period_unit(&self) -> Option<&str> {
        self.period_unit.as_deref()
    }

    /// **\[Deprecated\]** The runtime name for control plane nodes. Valid values: (`runtime`).
    pub fn runtime(&self) -> Option<&str> {
        self.runtime.as_deref()
    }

    /// Specifies whether to enable Alibaba Cloud OS security hardening (`security_hardening_os`).
    pub fn security_hardening_os(&self) -> Option<bool> {
        self.security_hardening_os
    }

    /// The number of control plane nodes (`size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }

    /// Specifies whether to enable MLPS security hardening (`soc_enabled`).
    pub fn soc_enabled(&self) -> Option<bool> {
        self.soc_enabled
    }

    /// Specifies whether to enable burst performance for node system cloud disks (`system_disk_bursting_enabled`).
    pub fn system_disk_bursting_enabled(&self) -> Option<bool> {
        self.system_disk_bursting_enabled
    }

    /// The type of the node system cloud disk (`system_disk_category`).
    pub fn system_disk_category(&self) -> Option<&str> {
        self.system_disk_category.as_deref()
    }

    /// The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks (`system_disk_performance_level`).
    pub fn system_disk_performance_level(&self) -> Option<&str> {
        self.system_disk_performance_level.as_deref()
    }

    /// The provisioned read/write IOPS for node system cloud disks (`system_disk_provisioned_iops`).
    pub fn system_disk_provisioned_iops(&self) -> Option<i64> {
        self.system_disk_provisioned_iops
    }

    /// The size of the node system cloud disk (`system_disk_size`).
    pub fn system_disk_size(&self) -> Option<i64> {
        self.system_disk_size
    }

    /// The automatic snapshot policy for node system cloud disks (`system_disk_snapshot_policy_id`).
    pub fn system_disk_snapshot_policy_id(&self) -> Option<&str> {
        self.system_disk_snapshot_policy_id.as_deref()
    }
}

impl ControlPlaneConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ControlPlaneConfig",
    description: sdk_shape::Text::en(
        "The control plane configuration for ACK dedicated clusters.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_renew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto-renewal for control plane nodes. This parameter takes effect only when the billing method is set to `PrePaid`. Valid values:\n\n- true: Enables auto-renewal.\n- false: Disables auto-renewal.\n\nDefault value: true.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew_period",
            flag: "auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The auto-renewal period for control plane nodes.\n\nValid values: {1, 2, 3, 6, 12}. Unit: months.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "charge_type",
            flag: "charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method for control plane nodes.\n\n- `PrePaid`: subscription.\n- `PostPaid`: pay-as-you-go.\n\nDefault value: `PostPaid`.",
            ),
            default: Some("\"PostPaid\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cloud_monitor_flags",
            flag: "cloud-monitor-flags",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to install CloudMonitor on nodes.\n\n- true: Installs the CloudMonitor agent.\n\n- false: Does not install the CloudMonitor agent.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU management policy for nodes.\n\n- static: Allows pods with certain resource characteristics on the node to be granted enhanced CPU affinity and exclusivity.\n\n- none: Uses the existing default CPU affinity scheme.\n\nDefault value: none.",
            ),
            default: Some("\"none\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deploymentset_id",
            flag: "deploymentset-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The deployment set ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The operating system image type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_metadata_options",
            flag: "instance-metadata-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::instance_metadata_options::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The instance metadata access configuration for ECS instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_types",
            flag: "instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance types for nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the key pair. You must set this parameter or login_password.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_password",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SSH logon password. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters. You must set this parameter or key_pair.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_port_range",
            flag: "node-port-range",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The node service port range.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid`.\n\nValid values: {1, 2, 3, 6, 12, 24, 36, 48, 60}. Unit: months.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period_unit",
            flag: "period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The unit of the subscription duration for control plane nodes. This parameter is required and takes effect only when the billing method is set to `PrePaid`.\n\nValid value: `Month`. Currently, only month-based billing cycles are supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The runtime name for control plane nodes. Valid values:\n\ncontainerd: The Containerd runtime, which is supported by all cluster versions.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_hardening_os",
            flag: "security-hardening-os",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable Alibaba Cloud OS security hardening.\n\n- true: Enables Alibaba Cloud OS security hardening.\n\n- false: Disables Alibaba Cloud OS security hardening.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of control plane nodes.\n\nValid values: `3` or `5`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "soc_enabled",
            flag: "soc-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable MLPS security hardening.\n\n- true: Enables MLPS 2.0 security hardening.\n\n- false: Disables MLPS 2.0 security hardening.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_bursting_enabled",
            flag: "system-disk-bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable burst performance for node system cloud disks.\n\n- true: Enabled.\n\n- false: Disabled.\n\nThis parameter is supported only when `system_disk_category` is set to `cloud_auto`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_category",
            flag: "system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the node system cloud disk.\n\n- `cloud_efficiency`: ultra cloud disk.\n- `cloud_ssd`: standard SSD.\n- `cloud_essd`: ESSD.\n- `cloud_auto`: ESSD AutoPL cloud disk.\n- `cloud_essd_entry`: ESSD Entry cloud disk.\n\nDefault value: `cloud_ssd`. The default value may vary by zone.",
            ),
            default: Some("\"cloud_ssd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_performance_level",
            flag: "system-disk-performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks.\n\nThe performance level varies based on the cloud disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_provisioned_iops",
            flag: "system-disk-provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The provisioned read/write IOPS for node system cloud disks.\n\nValid values: 0 to min{50,000, 1000 × capacity - baseline performance}. Baseline performance = min{1,800 + 50 × capacity, 50000}.\n\nThis parameter is supported only when `system_disk_category` is set to `cloud_auto`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_size",
            flag: "system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The size of the node system cloud disk.\n\nValid values: \\[40, 500\\]. Unit: GiB.\n\nDefault value: `120`.",
            ),
            default: Some("120"),
            minimum: Some(40i64),
            maximum: Some(500i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_snapshot_policy_id",
            flag: "system-disk-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The automatic snapshot policy for node system cloud disks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
