// @generated from spec/cs/2015-12-15/types/DescribeClusterDetailControlPlaneConfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterDetailControlPlaneConfig` data type.

/// The control plane configuration for dedicated clusters.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterDetailControlPlaneConfig {
    /// Indicates whether auto-renewal is enabled for the nodes.
    ///
    /// Wire name: `auto_renew`.
    #[serde(rename = "auto_renew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The auto-renewal period for the nodes.
    ///
    /// Wire name: `auto_renew_period`.
    #[serde(
        rename = "auto_renew_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_renew_period: Option<i64>,
    /// The billing method for the control plane nodes.
    ///
    /// Wire name: `charge_type`.
    #[serde(rename = "charge_type", default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// Indicates whether CloudMonitor is installed on the nodes.
    ///
    /// Wire name: `cloud_monitor_flags`.
    #[serde(
        rename = "cloud_monitor_flags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_monitor_flags: Option<bool>,
    /// The CPU management policy for the nodes.
    ///
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// The ID of the deployment set.
    ///
    /// Wire name: `deploymentset_id`.
    #[serde(
        rename = "deploymentset_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deploymentset_id: Option<String>,
    /// The ID of the image.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The type of the operating system image.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// The metadata access configuration for the ECS instances.
    ///
    /// Wire name: `instance_metadata_options`.
    #[serde(
        rename = "instance_metadata_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_options: Option<crate::types::InstanceMetadataOptions>,
    /// The instance type of the nodes.
    ///
    /// Wire name: `instance_types`.
    #[serde(rename = "instance_types", default, skip_serializing_if = "Option::is_none")]
    pub instance_types: Option<Vec<String>>,
    /// The name of the key pair. You must specify either this parameter or `login_password`.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// The service port range for nodes.
    ///
    /// Wire name: `node_port_range`.
    #[serde(
        rename = "node_port_range",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_port_range: Option<String>,
    /// The subscription period for the nodes.
    ///
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// The unit of the subscription period for the nodes.
    ///
    /// Wire name: `period_unit`.
    #[serde(rename = "period_unit", default, skip_serializing_if = "Option::is_none")]
    pub period_unit: Option<String>,
    /// The name of the container runtime.
    ///
    /// Wire name: `runtime`.
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// Indicates whether Alibaba Cloud OS security hardening is enabled.
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
    /// Wire name: `size`.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// Indicates whether classified protection security hardening is enabled.
    ///
    /// Wire name: `soc_enabled`.
    #[serde(rename = "soc_enabled", default, skip_serializing_if = "Option::is_none")]
    pub soc_enabled: Option<bool>,
    /// Indicates whether bursting is enabled for the system cloud disks of the nodes.
    ///
    /// Wire name: `system_disk_bursting_enabled`.
    #[serde(
        rename = "system_disk_bursting_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_bursting_enabled: Option<bool>,
    /// The type of the system cloud disks for the nodes.
    ///
    /// Wire name: `system_disk_category`.
    #[serde(
        rename = "system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_category: Option<String>,
    /// The performance level of the system cloud disks for the nodes. This parameter takes effect only for ESSDs.
    ///
    /// Wire name: `system_disk_performance_level`.
    #[serde(
        rename = "system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_performance_level: Option<String>,
    /// The provisioned read and write IOPS for the system cloud disks of the nodes.
    ///
    /// Wire name: `system_disk_provisioned_iops`.
    #[serde(
        rename = "system_disk_provisioned_iops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_provisioned_iops: Option<i64>,
    /// The size of the system cloud disks for the nodes. The minimum value is 40.
    ///
    /// Minimum: 40.
    ///
    /// Wire name: `system_disk_size`.
    #[serde(
        rename = "system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_size: Option<i64>,
    /// The ID of the automatic snapshot policy for the nodes.
    ///
    /// Wire name: `system_disk_snapshot_policy_id`.
    #[serde(
        rename = "system_disk_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_snapshot_policy_id: Option<String>,
}

impl DescribeClusterDetailControlPlaneConfig {
    /// Indicates whether auto-renewal is enabled for the nodes (`auto_renew`).
    pub fn auto_renew(&self) -> Option<bool> {
        self.auto_renew
    }

    /// The auto-renewal period for the nodes (`auto_renew_period`).
    pub fn auto_renew_period(&self) -> Option<i64> {
        self.auto_renew_period
    }

    /// The billing method for the control plane nodes (`charge_type`).
    pub fn charge_type(&self) -> Option<&str> {
        self.charge_type.as_deref()
    }

    /// Indicates whether CloudMonitor is installed on the nodes (`cloud_monitor_flags`).
    pub fn cloud_monitor_flags(&self) -> Option<bool> {
        self.cloud_monitor_flags
    }

    /// The CPU management policy for the nodes (`cpu_policy`).
    pub fn cpu_policy(&self) -> Option<&str> {
        self.cpu_policy.as_deref()
    }

    /// The ID of the deployment set (`deploymentset_id`).
    pub fn deploymentset_id(&self) -> Option<&str> {
        self.deploymentset_id.as_deref()
    }

    /// The ID of the image (`image_id`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The type of the operating system image (`image_type`).
    pub fn image_type(&self) -> Option<&str> {
        self.image_type.as_deref()
    }

    /// The metadata access configuration for the ECS instances (`instance_metadata_options`).
    pub fn instance_metadata_options(
        &self,
    ) -> Option<&crate::types::InstanceMetadataOptions> {
        self.instance_metadata_options.as_ref()
    }

    /// The instance type of the nodes (`instance_types`).
    pub fn instance_types(&self) -> &[String] {
        self.instance_types.as_deref().unwrap_or_default()
    }

    /// The name of the key pair. You must specify either this parameter or `login_password` (`key_pair`).
    pub fn key_pair(&self) -> Option<&str> {
        self.key_pair.as_deref()
    }

    /// The service port range for nodes (`node_port_range`).
    pub fn node_port_range(&self) -> Option<&str> {
        self.node_port_range.as_deref()
    }

    /// The subscription period for the nodes (`period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }

    /// The unit of the subscription period for the nodes (`period_unit`).
    pub fn period_unit(&self) -> Option<&str> {
        self.period_unit.as_deref()
    }

    /// The name of the container runtime (`runtime`).
    pub fn runtime(&self) -> Option<&str> {
        self.runtime.as_deref()
    }

    /// Indicates whether Alibaba Cloud OS security hardening is enabled (`security_hardening_os`).
    pub fn security_hardening_os(&self) -> Option<bool> {
        self.security_hardening_os
    }

    /// The number of control plane nodes (`size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }

    /// Indicates whether classified protection security hardening is enabled (`soc_enabled`).
    pub fn soc_enabled(&self) -> Option<bool> {
        self.soc_enabled
    }

    /// Indicates whether bursting is enabled for the system cloud disks of the nodes (`system_disk_bursting_enabled`).
    pub fn system_disk_bursting_enabled(&self) -> Option<bool> {
        self.system_disk_bursting_enabled
    }

    /// The type of the system cloud disks for the nodes (`system_disk_category`).
    pub fn system_disk_category(&self) -> Option<&str> {
        self.system_disk_category.as_deref()
    }

    /// The performance level of the system cloud disks for the nodes. This parameter takes effect only for ESSDs (`system_disk_performance_level`).
    pub fn system_disk_performance_level(&self) -> Option<&str> {
        self.system_disk_performance_level.as_deref()
    }

    /// The provisioned read and write IOPS for the system cloud disks of the nodes (`system_disk_provisioned_iops`).
    pub fn system_disk_provisioned_iops(&self) -> Option<i64> {
        self.system_disk_provisioned_iops
    }

    /// The size of the system cloud disks for the nodes. The minimum value is 40 (`system_disk_size`).
    pub fn system_disk_size(&self) -> Option<i64> {
        self.system_disk_size
    }

    /// The ID of the automatic snapshot policy for the nodes (`system_disk_snapshot_policy_id`).
    pub fn system_disk_snapshot_policy_id(&self) -> Option<&str> {
        self.system_disk_snapshot_policy_id.as_deref()
    }
}

impl DescribeClusterDetailControlPlaneConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterDetailControlPlaneConfig",
    description: sdk_shape::Text::en(
        "The control plane configuration for dedicated clusters.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_renew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether auto-renewal is enabled for the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew_period",
            flag: "auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The auto-renewal period for the nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "charge_type",
            flag: "charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method for the control plane nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cloud_monitor_flags",
            flag: "cloud-monitor-flags",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether CloudMonitor is installed on the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CPU management policy for the nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deploymentset_id",
            flag: "deploymentset-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the deployment set."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the image."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the operating system image."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_metadata_options",
            flag: "instance-metadata-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::instance_metadata_options::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The metadata access configuration for the ECS instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_types",
            flag: "instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance type of the nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the key pair. You must specify either this parameter or `login_password`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_port_range",
            flag: "node-port-range",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The service port range for nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The subscription period for the nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period_unit",
            flag: "period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The unit of the subscription period for the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the container runtime."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_hardening_os",
            flag: "security-hardening-os",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether Alibaba Cloud OS security hardening is enabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of control plane nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "soc_enabled",
            flag: "soc-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether classified protection security hardening is enabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_bursting_enabled",
            flag: "system-disk-bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether bursting is enabled for the system cloud disks of the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_category",
            flag: "system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the system cloud disks for the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_performance_level",
            flag: "system-disk-performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The performance level of the system cloud disks for the nodes. This parameter takes effect only for ESSDs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_provisioned_iops",
            flag: "system-disk-provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The provisioned read and write IOPS for the system cloud disks of the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_size",
            flag: "system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The size of the system cloud disks for the nodes. The minimum value is 40.",
            ),
            minimum: Some(40i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_snapshot_policy_id",
            flag: "system-disk-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the automatic snapshot policy for the nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
