// @generated from spec/cs/2015-12-15/types/DescribeClusterNodePoolsScalingGroup.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterNodePoolsScalingGroup` data type.

/// The scaling group configurations of the node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterNodePoolsScalingGroup {
    /// Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when instance_charge_type is set to PrePaid. Valid values:
    ///
    /// - true: enables auto-renewal.
    /// - false: disables auto-renewal.
    ///
    /// Wire name: `auto_renew`.
    #[serde(rename = "auto_renew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The auto-renewal duration. Valid values:
    ///
    /// - If PeriodUnit is set to Week: 1, 2, and 3.
    /// - If PeriodUnit is set to Month: 1, 2, 3, 6, 12, 24, 36, 48, and 60.
    ///
    /// Wire name: `auto_renew_period`.
    #[serde(
        rename = "auto_renew_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_renew_period: Option<i64>,
    /// **\[Deprecated\]** Use the security_hardening_os parameter instead.
    ///
    /// Wire name: `cis_enabled`.
    #[serde(rename = "cis_enabled", default, skip_serializing_if = "Option::is_none")]
    pub cis_enabled: Option<bool>,
    /// Specifies whether to automatically create pay-as-you-spot instances to meet the required number of ECS instances when the multi_az_policy parameter is set to COST_OPTIMIZED and sufficient preemptible instances cannot be created due to price or inventory issues. Valid values:
    ///
    /// - true: allows the system to automatically create pay-as-you-spot instances.
    /// - false: does not allow the system to automatically create pay-as-you-spot instances.
    ///
    /// Wire name: `compensate_with_on_demand`.
    #[serde(
        rename = "compensate_with_on_demand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub compensate_with_on_demand: Option<bool>,
    /// The CPU-related configuration options.
    ///
    /// Wire name: `cpu_options`.
    #[serde(rename = "cpu_options", default, skip_serializing_if = "Option::is_none")]
    pub cpu_options: Option<crate::types::CpuOptions>,
    /// The configurations of the data cloud disks for nodes, such as the disk category and size.
    ///
    /// Wire name: `data_disks`.
    #[serde(rename = "data_disks", default, skip_serializing_if = "Option::is_none")]
    pub data_disks: Option<Vec<crate::types::DataDisk>>,
    /// The deployment set ID.
    ///
    /// Wire name: `deploymentset_id`.
    #[serde(
        rename = "deploymentset_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deploymentset_id: Option<String>,
    /// The expected number of nodes in the node pool.
    ///
    /// Wire name: `desired_size`.
    #[serde(rename = "desired_size", default, skip_serializing_if = "Option::is_none")]
    pub desired_size: Option<i64>,
    /// The block device initialization configurations.
    ///
    /// Wire name: `disk_init`.
    #[serde(rename = "disk_init", default, skip_serializing_if = "Option::is_none")]
    pub disk_init: Option<Vec<crate::types::DiskInit>>,
    /// Specifies whether to enable the high-density cloud disk mode. This mode is supported only when the node pool uses instance types. After this mode is enabled, the total number of system cloud disks and data cloud disks does not exceed the maximum number of high-density cloud disks supported by the instance type.
    ///
    /// Wire name: `enable_high_density_mode`.
    #[serde(
        rename = "enable_high_density_mode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_high_density_mode: Option<bool>,
    /// The custom image ID. You can call the DescribeKubernetesVersionMetadata operation to query the images supported by the system.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The operating system image type. Valid values:
    ///
    /// - AliyunLinux: Alinux2 image.
    /// - AliyunLinuxSecurity: Alinux2 UEFI image.
    /// - AliyunLinux3: Alinux3 image.
    /// - AliyunLinux3Arm64: Alinux3 ARM image.
    /// - AliyunLinux3Security: Alinux3 UEFI image.
    /// - CentOS: CentOS image.
    /// - Windows: Windows image.
    /// - WindowsCore: Windows Core image.
    /// - ContainerOS: container-optimized image.
    /// - AliyunLinux3ContainerOptimized: Alinux3 container-optimized image.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// The billing method of nodes in the node pool. Valid values:
    ///
    /// - PrePaid: subscription.
    /// - PostPaid: pay-as-you-go.
    ///
    /// Wire name: `instance_charge_type`.
    #[serde(
        rename = "instance_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_charge_type: Option<String>,
    /// The instance property configurations.
    ///
    /// Wire name: `instance_patterns`.
    #[serde(
        rename = "instance_patterns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_patterns: Option<Vec<crate::types::InstancePatterns>>,
    /// The list of instance types for nodes. You can select multiple instance types as alternatives. When a node is created, the system attempts to purchase instances starting from the first instance type in the list until the creation succeeds. The final instance type purchased may vary depending on inventory availability.
    ///
    /// Wire name: `instance_types`.
    #[serde(rename = "instance_types", default, skip_serializing_if = "Option::is_none")]
    pub instance_types: Option<Vec<String>>,
    /// The billing method of the public IP address for the node. Valid values:
    ///
    /// - PayByBandwidth: pay-by-bandwidth.
    /// - PayByTraffic: pay-by-data-transfer.
    ///
    /// Wire name: `internet_charge_type`.
    #[serde(
        rename = "internet_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_charge_type: Option<String>,
    /// The maximum outbound public bandwidth of the node. Unit: Mbit/s. Valid values: 1 to 100.
    ///
    /// Wire name: `internet_max_bandwidth_out`.
    #[serde(
        rename = "internet_max_bandwidth_out",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_max_bandwidth_out: Option<i64>,
    /// The name of the key pair. You must specify this parameter or login_password.
    /// If the node pool is a managed node pool, only key_pair is supported.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// Specifies whether to log on to the created ECS instances as a non-root user. Valid values:
    ///
    /// - true: logs on as a non-root user (ecs-user).
    /// - false: logs on as the root user.
    ///
    /// Wire name: `login_as_non_root`.
    #[serde(
        rename = "login_as_non_root",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub login_as_non_root: Option<bool>,
    /// The SSH logon password. You must specify this parameter or key_pair. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.
    /// For security reasons, the password is encrypted in the query result.
    ///
    /// Wire name: `login_password`.
    #[serde(rename = "login_password", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The scaling policy for ECS instances in a multi-zone scaling group. Valid values:
    ///
    /// - `PRIORITY`: scales ECS instances based on the priorities of the vSwitches that you specify in the VSwitchIds.N parameter. If ECS instances cannot be created in the zone of the highest-priority vSwitch, the system automatically uses the next highest-priority vSwitch to create ECS instances.
    /// - `COST_OPTIMIZED`: creates ECS instances based on the unit prices of vCPUs in ascending order. When the scaling configuration settings include multiple instance types with the spot instance billing method, the system preferentially creates spot instances. You can use the CompensateWithOnDemand parameter to specify whether to automatically create pay-as-you-go instances when spot instances cannot be created due to inventory shortages or other reasons.
    ///   > The `COST_OPTIMIZED` value takes effect only when the scaling configuration settings include multiple instance types or use spot instances.
    /// - `BALANCE`: evenly allocates ECS instances across the zones specified in the scaling group. If the distribution of instances becomes unbalanced across zones due to inventory shortages, you can call the [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html) operation to balance the resources. For more information, see [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html).
    ///
    /// Wire name: `multi_az_policy`.
    #[serde(
        rename = "multi_az_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub multi_az_policy: Option<crate::types::MultiAzPolicy>,
    /// The minimum number of pay-as-you-go instances required in the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances.
    ///
    /// Wire name: `on_demand_base_capacity`.
    #[serde(
        rename = "on_demand_base_capacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_base_capacity: Option<i64>,
    /// The percentage of pay-as-you-go instances among the additional instances that exceed the minimum number of pay-as-you-go instances specified by on_demand_base_capacity. Valid values: 0 to 100.
    ///
    /// Wire name: `on_demand_percentage_above_base_capacity`.
    #[serde(
        rename = "on_demand_percentage_above_base_capacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_percentage_above_base_capacity: Option<i64>,
    /// The subscription duration of the node. This parameter takes effect and is required only when instance_charge_type is set to PrePaid. Valid values:
    ///
    /// - If period_unit is set to Week: 1, 2, 3, and 4.
    /// - If period_unit is set to Month: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, and 60.
    ///
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// The billing cycle of the node. This parameter is required when instance_charge_type is set to PrePaid. Valid values:
    ///
    /// - `Month`: uses month as the billing unit.
    /// - `Week`: uses week as the billing unit.
    ///
    /// Wire name: `period_unit`.
    #[serde(rename = "period_unit", default, skip_serializing_if = "Option::is_none")]
    pub period_unit: Option<String>,
    /// **\[Deprecated\]** The operating system distribution. Valid values:
    ///
    /// - CentOS
    /// - AliyunLinux
    /// - Windows
    /// - WindowsCore
    ///
    /// Wire name: `platform`.
    #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The private pool options.
    ///
    /// Wire name: `private_pool_options`.
    #[serde(
        rename = "private_pool_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_pool_options: Option<crate::types::PrivatePoolOptions>,
    /// **\[Deprecated\]** Use the ram_role_name parameter instead.
    ///
    /// Wire name: `ram_policy`.
    #[serde(rename = "ram_policy", default, skip_serializing_if = "Option::is_none")]
    pub ram_policy: Option<String>,
    /// The name of the RAM role for worker nodes.
    ///
    /// Wire name: `ram_role_name`.
    #[serde(rename = "ram_role_name", default, skip_serializing_if = "Option::is_none")]
    pub ram_role_name: Option<String>,
    /// If ApsaraDB RDS instances are specified, the ECS instances of the cluster nodes are automatically added to the whitelists of the ApsaraDB RDS instances.
    ///
    /// Wire name: `rds_instances`.
    #[serde(rename = "rds_instances", default, skip_serializing_if = "Option::is_none")]
    pub rds_instances: Option<Vec<String>>,
    /// The resource pool and resource pool policy used to create instances.
    ///
    /// Wire name: `resource_pool_options`.
    #[serde(
        rename = "resource_pool_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_pool_options: Option<crate::types::ResourcePoolOptions>,
    /// The ID of the scaling group.
    ///
    /// Wire name: `scaling_group_id`.
    #[serde(
        rename = "scaling_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_group_id: Option<String>,
    /// The scaling group pattern. Valid values:
    ///
    /// - `release`: Standard pattern. The scaling group scales instances by creating and releasing ECS instances based on the requested resource usage.
    /// - `recycle`: Swift pattern. The scaling group scales instances by creating, stopping, and starting ECS instances to improve the scaling speed. When an instance is stopped, you are not charged for compute resources, but you are still charged for storage resources. This does not apply to instances with local disks.
    ///
    /// Wire name: `scaling_policy`.
    #[serde(rename = "scaling_policy", default, skip_serializing_if = "Option::is_none")]
    pub scaling_policy: Option<String>,
    /// **\[Deprecated\]** The ID of the security group to which the node pool belongs. If the node pool is associated with multiple security groups, this parameter returns the first value in `security_group_ids`.
    ///
    /// Wire name: `security_group_id`.
    #[serde(
        rename = "security_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The list of security group IDs for the node pool.
    ///
    /// Wire name: `security_group_ids`.
    #[serde(
        rename = "security_group_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_ids: Option<Vec<String>>,
    /// Specifies whether to enable Alibaba Cloud OS security hardening. Valid values:
    ///
    /// - `true`: Enables Alibaba Cloud OS security hardening.
    /// - `false`: Does not enable Alibaba Cloud OS security hardening.
    ///
    /// Default value: `false`.
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
    /// Specifies whether to enable MLPS 2.0 security hardening. You can enable MLPS 2.0 security hardening for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides baseline check standards and scanning programs for classified protection compliance for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images.
    ///
    /// Wire name: `soc_enabled`.
    #[serde(rename = "soc_enabled", default, skip_serializing_if = "Option::is_none")]
    pub soc_enabled: Option<bool>,
    /// The number of available instance types. The scaling group evenly creates spot instances across multiple instance types with the lowest costs. Valid values: 1 to 10.
    ///
    /// Wire name: `spot_instance_pools`.
    #[serde(
        rename = "spot_instance_pools",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_instance_pools: Option<i64>,
    /// Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values:
    ///
    /// - `true`: Enables spot instance replenishment.
    /// - `false`: Does not enable spot instance replenishment.
    ///
    /// Wire name: `spot_instance_remedy`.
    #[serde(
        rename = "spot_instance_remedy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_instance_remedy: Option<bool>,
    /// The market price range configuration for spot instances.
    ///
    /// Wire name: `spot_price_limit`.
    #[serde(
        rename = "spot_price_limit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_price_limit: Option<Vec<crate::types::SpotPriceLimit>>,
    /// The type of spot instance. Valid values:
    ///
    /// - NoSpot: Pay-as-you-go instance.
    /// - SpotWithPriceLimit: Sets the maximum price for spot instances.
    /// - SpotAsPriceGo: Uses the system automatic bidding, which follows the actual market price.
    ///
    /// For more information, see [Spot instances](https://help.aliyun.com/document_detail/157759.html).
    ///
    /// Wire name: `spot_strategy`.
    #[serde(rename = "spot_strategy", default, skip_serializing_if = "Option::is_none")]
    pub spot_strategy: Option<String>,
    /// Specifies whether to enable the burst feature for the system disk of the node. Valid values:
    ///
    /// - true: Enables the burst feature. After this feature is enabled, if a volatile workload faces sudden data read and write pressure, the cloud disk temporarily improves its performance based on the actual workload conditions until the workload returns to a stable state.
    /// - false: Does not enable the burst feature.
    ///
    /// This parameter is supported only when `system_disk_category` is set to `cloud_auto`. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).
    ///
    /// Wire name: `system_disk_bursting_enabled`.
    #[serde(
        rename = "system_disk_bursting_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_bursting_enabled: Option<bool>,
    /// The categories of the system disk. If the system disk cannot be created by using the disk category with the highest priority, the system automatically attempts to use the disk category with the next highest priority.
    ///
    /// Wire name: `system_disk_categories`.
    #[serde(
        rename = "system_disk_categories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_categories: Option<Vec<String>>,
    /// The category of the system disk. Valid values:
    ///
    /// - `cloud_efficiency`: Ultra disk.
    /// - `cloud_ssd`: Standard SSD.
    /// - `cloud_essd`: ESSD.
    /// - `cloud_auto`: ESSD AutoPL disk.
    /// - `cloud_essd_entry`: ESSD Entry disk.
    ///
    /// Wire name: `system_disk_category`.
    #[serde(
        rename = "system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_category: Option<String>,
    /// The encryption algorithm used for the system disk. Valid value: aes-256.
    ///
    /// Wire name: `system_disk_encrypt_algorithm`.
    #[serde(
        rename = "system_disk_encrypt_algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_encrypt_algorithm: Option<String>,
    /// Specifies whether to encrypt the system disk. Valid values:
    ///
    /// - true: Encrypts the system disk.
    /// - false: Does not encrypt the system disk.
    ///
    /// Wire name: `system_disk_encrypted`.
    #[serde(
        rename = "system_disk_encrypted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_encrypted: Option<bool>,
    /// The ID of the KMS key used for the system disk.
    ///
    /// Wire name: `system_disk_kms_key_id`.
    #[serde(
        rename = "system_disk_kms_key_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_kms_key_id: Option<String>,
    /// The performance level of the system disk. This parameter takes effect only for ESSDs. The performance level is related to the cloud disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values:
    ///
    /// - PL0: Medium concurrent I/O performance and relatively stable read/write latency.
    /// - PL1: Medium concurrent I/O performance and relatively stable read/write latency.
    /// - PL2: High concurrent I/O performance and stable read/write latency.
    /// - PL3: Extremely high concurrent I/O performance and extremely stable read/write latency.
    ///
    /// Wire name: `system_disk_performance_level`.
    #[serde(
        rename = "system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_performance_level: Option<crate::types::SystemDiskPerformanceLevel>,
    /// The provisioned read/write IOPS for the system disk. This parameter is configured when the disk category is `cloud_auto`.
    ///
    /// Wire name: `system_disk_provisioned_iops`.
    #[serde(
        rename = "system_disk_provisioned_iops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_provisioned_iops: Option<i64>,
    /// The size of the system disk. Unit: GiB. Valid values: 20 to 2048.
    ///
    /// Wire name: `system_disk_size`.
    #[serde(
        rename = "system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_size: Option<i64>,
    /// The snapshot policy for the system disk.
    ///
    /// Wire name: `system_disk_snapshot_policy_id`.
    #[serde(
        rename = "system_disk_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_snapshot_policy_id: Option<String>,
    /// The ECS instance labels.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The list of vSwitch IDs.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
}

impl DescribeClusterNodePoolsScalingGroup {
    /// Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when instance_charge_type is set to PrePaid. Valid values: (`auto_renew`).
    pub fn auto_renew(&self) -> Option<bool> {
        self.auto_renew
    }

    /// The auto-renewal duration. Valid values: (`auto_renew_period`).
    pub fn auto_renew_period(&self) -> Option<i64> {
        self.auto_renew_period
    }

    /// **\[Deprecated\]** Use the security_hardening_os parameter instead (`cis_enabled`).
    pub fn cis_enabled(&self) -> Option<bool> {
        self.cis_enabled
    }

    /// Specifies whether to automatically create pay-as-you-spot instances to meet the required number of ECS instances when the multi_az_policy parameter is set to COST_OPTIMIZED and sufficient preemptible instances cannot be created due to price or inventory issues. Valid values: (`compensate_with_on_demand`).
    pub fn compensate_with_on_demand(&self) -> Option<bool> {
        self.compensate_with_on_demand
    }

    /// The CPU-related configuration options (`cpu_options`).
    pub fn cpu_options(&self) -> Option<&crate::types::CpuOptions> {
        self.cpu_options.as_ref()
    }

    /// The configurations of the data cloud disks for nodes, such as the disk category and size (`data_disks`).
    pub fn data_disks(&self) -> &[crate::types::DataDisk] {
        self.data_disks.as_deref().unwrap_or_default()
    }

    /// The deployment set ID (`deploymentset_id`).
    pub fn deploymentset_id(&self) -> Option<&str> {
        self.deploymentset_id.as_deref()
    }

    /// The expected number of nodes in the node pool (`desired_size`).
    pub fn desired_size(&self) -> Option<i64> {
        self.desired_size
    }

    /// The block device initialization configurations (`disk_init`).
    pub fn disk_init(&self) -> &[crate::types::DiskInit] {
        self.disk_init.as_deref().unwrap_or_default()
    }

    /// Specifies whether to enable the high-density cloud disk mode. This mode is supported only when the node pool uses instance types. After this mode is enabled, the total number of system cloud disks and data cloud disks does not exceed the maximum number of high-density cloud disks supported by the instance type (`enable_high_density_mode`).
    pub fn enable_high_density_mode(&self) -> Option<bool> {
        self.enable_high_density_mode
    }

    /// The custom image ID. You can call the DescribeKubernetesVersionMetadata operation to query the images supported by the system (`image_id`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The operating system image type. Valid values: (`image_type`).
    pub fn image_type(&self) -> Option<&str> {
        self.image_type.as_deref()
    }

    /// The billing method of nodes in the node pool. Valid values: (`instance_charge_type`).
    pub fn instance_charge_type(&self) -> Option<&str> {
        self.instance_charge_type.as_deref()
    }

    /// The instance property configurations (`instance_patterns`).
    pub fn instance_patterns(&self) -> &[crate::types::InstancePatterns] {
        self.instance_patterns.as_deref().unwrap_or_default()
    }

    /// The list of instance types for nodes. You can select multiple instance types as alternatives. When a node is created, the system attempts to purchase instances starting from the first instance type in the list until the creation succeeds. The final instance type purchased may vary depending on inventory availability (`instance_types`).
    pub fn instance_types(&self) -> &[String] {
        self.instance_types.as_deref().unwrap_or_default()
    }

    /// The billing method of the public IP address for the node. Valid values: (`internet_charge_type`).
    pub fn internet_charge_type(&self) -> Option<&str> {
        self.internet_charge_type.as_deref()
    }

    /// The maximum outbound public bandwidth of the node. Unit: Mbit/s. Valid values: 1 to 100 (`internet_max_bandwidth_out`).
    pub fn internet_max_bandwidth_out(&self) -> Option<i64> {
        self.internet_max_bandwidth_out
    }

    /// The name of the key pair. You must specify this parameter or login_password. If the node pool is a managed node pool, only key_pair is supported (`key_pair`).
    pub fn key_pair(&self) -> Option<&str> {
        self.key_pair.as_deref()
    }

    /// Specifies whether to log on to the created ECS instances as a non-root user. Valid values: (`login_as_non_root`).
    pub fn login_as_non_root(&self) -> Option<bool> {
        self.login_as_non_root
    }

    /// The SSH logon password. You must specify this parameter or key_pair. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters. For security reasons, the password is encrypted in the query result (`login_password`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The scaling policy for ECS instances in a multi-zone scaling group. Valid values: (`multi_az_policy`).
    pub fn multi_az_policy(&self) -> Option<&crate::types::MultiAzPolicy> {
        self.multi_az_policy.as_ref()
    }

    /// The minimum number of pay-as-you-go instances required in the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances (`on_demand_base_capacity`).
    pub fn on_demand_base_capacity(&self) -> Option<i64> {
        self.on_demand_base_capacity
    }

    /// The percentage of pay-as-you-go instances among the additional instances that exceed the minimum number of pay-as-you-go instances specified by on_demand_base_capacity. Valid values: 0 to 100 (`on_demand_percentage_above_base_capacity`).
    pub fn on_demand_percentage_above_base_capacity(&self) -> Option<i64> {
        self.on_demand_percentage_above_base_capacity
    }

    /// The subscription duration of the node. This parameter takes effect and is required only when instance_charge_type is set to PrePaid. Valid values: (`period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }

    /// The billing cycle of the node. This parameter is required when instance_charge_type is set to PrePaid. Valid values: (`period_unit`).
    pub fn period_unit(&self) -> Option<&str> {
        self.period_unit.as_deref()
    }

    /// **\[Deprecated\]** The operating system distribution. Valid values: (`platform`).
    pub fn platform(&self) -> Option<&str> {
        self.platform.as_deref()
    }

    /// The private pool options (`private_pool_options`).
    pub fn private_pool_options(&self) -> Option<&crate::types::PrivatePoolOptions> {
        self.private_pool_options.as_ref()
    }

    /// **\[Deprecated\]** Use the ram_role_name parameter instead (`ram_policy`).
    pub fn ram_policy(&self) -> Option<&str> {
        self.ram_policy.as_deref()
    }

    /// The name of the RAM role for worker nodes (`ram_role_name`).
    pub fn ram_role_name(&self) -> Option<&str> {
        self.ram_role_name.as_deref()
    }

    /// If ApsaraDB RDS instances are specified, the ECS instances of the cluster nodes are automatically added to the whitelists of the ApsaraDB RDS instances (`rds_instances`).
    pub fn rds_instances(&self) -> &[String] {
        self.rds_instances.as_deref().unwrap_or_default()
    }

    /// The resource pool and resource pool policy used to create instances (`resource_pool_options`).
    pub fn resource_pool_options(&self) -> Option<&crate::types::ResourcePoolOptions> {
        self.resource_pool_options.as_ref()
    }

    /// The ID of the scaling group (`scaling_group_id`).
    pub fn scaling_group_id(&self) -> Option<&str> {
        self.scaling_group_id.as_deref()
    }

    /// The scaling group pattern. Valid values: (`scaling_policy`).
    pub fn scaling_policy(&self) -> Option<&str> {
        self.scaling_policy.as_deref()
    }

    /// **\[Deprecated\]** The ID of the security group to which the node pool belongs. If the node pool is associated with multiple security groups, this parameter returns the first value in `security_group_ids` (`security_group_id`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The list of security group IDs for the node pool (`security_group_ids`).
    pub fn security_group_ids(&self) -> &[String] {
        self.security_group_ids.as_deref().unwrap_or_default()
    }

    /// Specifies whether to enable Alibaba Cloud OS security hardening. Valid values: (`security_hardening_os`).
    pub fn security_hardening_os(&self) -> Option<bool> {
        self.security_hardening_os
    }

    /// Specifies whether to enable MLPS 2.0 security hardening. You can enable MLPS 2.0 security hardening for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides baseline check standards and scanning programs for classified protection compliance for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images (`soc_enabled`).
    pub fn soc_enabled(&self) -> Option<bool> {
        self.soc_enabled
    }

    /// The number of available instance types. The scaling group evenly creates spot instances across multiple instance types with the lowest costs. Valid values: 1 to 10 (`spot_instance_pools`).
    pub fn spot_instance_pools(&self) -> Option<i64> {
        self.spot_instance_pools
    }

    /// Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values: (`spot_instance_remedy`).
    pub fn spot_instance_remedy(&self) -> Option<bool> {
        self.spot_instance_remedy
    }

    /// The market price range configuration for spot instances (`spot_price_limit`).
    pub fn spot_price_limit(&self) -> &[crate::types::SpotPriceLimit] {
        self.spot_price_limit.as_deref().unwrap_or_default()
    }

    /// The type of spot instance. Valid values: (`spot_strategy`).
    pub fn spot_strategy(&self) -> Option<&str> {
        self.spot_strategy.as_deref()
    }

    /// Specifies whether to enable the burst feature for the system disk of the node. Valid values: (`system_disk_bursting_enabled`).
    pub fn system_disk_bursting_enabled(&self) -> Option<bool> {
        self.system_disk_bursting_enabled
    }

    /// The categories of the system disk. If the system disk cannot be created by using the disk category with the highest priority, the system automatically attempts to use the disk category with the next highest priority (`system_disk_categories`).
    pub fn system_disk_categories(&self) -> &[String] {
        self.system_disk_categories.as_deref().unwrap_or_default()
    }

    /// The category of the system disk. Valid values: (`system_disk_category`).
    pub fn system_disk_category(&self) -> Option<&str> {
        self.system_disk_category.as_deref()
    }

    /// The encryption algorithm used for the system disk. Valid value: aes-256 (`system_disk_encrypt_algorithm`).
    pub fn system_disk_encrypt_algorithm(&self) -> Option<&str> {
        self.system_disk_encrypt_algorithm.as_deref()
    }

    /// Specifies whether to encrypt the system disk. Valid values: (`system_disk_encrypted`).
    pub fn system_disk_encrypted(&self) -> Option<bool> {
        self.system_disk_encrypted
    }

    /// The ID of the KMS key used for the system disk (`system_disk_kms_key_id`).
    pub fn system_disk_kms_key_id(&self) -> Option<&str> {
        self.system_disk_kms_key_id.as_deref()
    }

    /// The performance level of the system disk. This parameter takes effect only for ESSDs. The performance level is related to the cloud disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values: (`system_disk_performance_level`).
    pub fn system_disk_performance_level(
        &self,
    ) -> Option<&crate::types::SystemDiskPerformanceLevel> {
        self.system_disk_performance_level.as_ref()
    }

    /// The provisioned read/write IOPS for the system disk. This parameter is configured when the disk category is `cloud_auto` (`system_disk_provisioned_iops`).
    pub fn system_disk_provisioned_iops(&self) -> Option<i64> {
        self.system_disk_provisioned_iops
    }

    /// The size of the system disk. Unit: GiB. Valid values: 20 to 2048 (`system_disk_size`).
    pub fn system_disk_size(&self) -> Option<i64> {
        self.system_disk_size
    }

    /// The snapshot policy for the system disk (`system_disk_snapshot_policy_id`).
    pub fn system_disk_snapshot_policy_id(&self) -> Option<&str> {
        self.system_disk_snapshot_policy_id.as_deref()
    }

    /// The ECS instance labels (`tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The list of vSwitch IDs (`vswitch_ids`).
    pub fn vswitch_ids(&self) -> &[String] {
        self.vswitch_ids.as_deref().unwrap_or_default()
    }
}

impl DescribeClusterNodePoolsScalingGroup {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterNodePoolsScalingGroup",
    description: sdk_shape::Text::en(
        "The scaling group configurations of the node pool.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_renew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when instance_charge_type is set to PrePaid. Valid values:\n\n- true: enables auto-renewal.\n- false: disables auto-renewal.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew_period",
            flag: "auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The auto-renewal duration. Valid values:\n\n- If PeriodUnit is set to Week: 1, 2, and 3.\n- If PeriodUnit is set to Month: 1, 2, 3, 6, 12, 24, 36, 48, and 60.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cis_enabled",
            flag: "cis-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the security_hardening_os parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "compensate_with_on_demand",
            flag: "compensate-with-on-demand",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically create pay-as-you-spot instances to meet the required number of ECS instances when the multi_az_policy parameter is set to COST_OPTIMIZED and sufficient preemptible instances cannot be created due to price or inventory issues. Valid values:\n\n- true: allows the system to automatically create pay-as-you-spot instances.\n- false: does not allow the system to automatically create pay-as-you-spot instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_options",
            flag: "cpu-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::cpu_options::SHAPE),
            ),
            description: sdk_shape::Text::en("The CPU-related configuration options."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "data_disks",
            flag: "data-disks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::data_disk::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The configurations of the data cloud disks for nodes, such as the disk category and size.",
            ),
            list: true,
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
            name: "desired_size",
            flag: "desired-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The expected number of nodes in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "disk_init",
            flag: "disk-init",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::disk_init::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The block device initialization configurations.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable_high_density_mode",
            flag: "enable-high-density-mode",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the high-density cloud disk mode. This mode is supported only when the node pool uses instance types. After this mode is enabled, the total number of system cloud disks and data cloud disks does not exceed the maximum number of high-density cloud disks supported by the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom image ID. You can call the DescribeKubernetesVersionMetadata operation to query the images supported by the system.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The operating system image type. Valid values:\n\n- AliyunLinux: Alinux2 image.\n- AliyunLinuxSecurity: Alinux2 UEFI image.\n- AliyunLinux3: Alinux3 image.\n- AliyunLinux3Arm64: Alinux3 ARM image.\n- AliyunLinux3Security: Alinux3 UEFI image.\n- CentOS: CentOS image.\n- Windows: Windows image.\n- WindowsCore: Windows Core image.\n- ContainerOS: container-optimized image.\n- AliyunLinux3ContainerOptimized: Alinux3 container-optimized image.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_charge_type",
            flag: "instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method of nodes in the node pool. Valid values:\n\n- PrePaid: subscription.\n- PostPaid: pay-as-you-go.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_patterns",
            flag: "instance-patterns",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::instance_patterns::SHAPE),
            ),
            description: sdk_shape::Text::en("The instance property configurations."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_types",
            flag: "instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of instance types for nodes. You can select multiple instance types as alternatives. When a node is created, the system attempts to purchase instances starting from the first instance type in the list until the creation succeeds. The final instance type purchased may vary depending on inventory availability.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "internet_charge_type",
            flag: "internet-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method of the public IP address for the node. Valid values:\n\n- PayByBandwidth: pay-by-bandwidth.\n- PayByTraffic: pay-by-data-transfer.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "internet_max_bandwidth_out",
            flag: "internet-max-bandwidth-out",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum outbound public bandwidth of the node. Unit: Mbit/s. Valid values: 1 to 100.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the key pair. You must specify this parameter or login_password.\nIf the node pool is a managed node pool, only key_pair is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_as_non_root",
            flag: "login-as-non-root",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to log on to the created ECS instances as a non-root user. Valid values:\n\n- true: logs on as a non-root user (ecs-user).\n- false: logs on as the root user.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_password",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SSH logon password. You must specify this parameter or key_pair. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.\nFor security reasons, the password is encrypted in the query result.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "multi_az_policy",
            flag: "multi-az-policy",
            kind: sdk_shape::Kind::Enum(&crate::types::multi_az_policy::SHAPE),
            description: sdk_shape::Text::en(
                "The scaling policy for ECS instances in a multi-zone scaling group. Valid values:\n\n- `PRIORITY`: scales ECS instances based on the priorities of the vSwitches that you specify in the VSwitchIds.N parameter. If ECS instances cannot be created in the zone of the highest-priority vSwitch, the system automatically uses the next highest-priority vSwitch to create ECS instances.\n- `COST_OPTIMIZED`: creates ECS instances based on the unit prices of vCPUs in ascending order. When the scaling configuration settings include multiple instance types with the spot instance billing method, the system preferentially creates spot instances. You can use the CompensateWithOnDemand parameter to specify whether to automatically create pay-as-you-go instances when spot instances cannot be created due to inventory shortages or other reasons.\n  > The `COST_OPTIMIZED` value takes effect only when the scaling configuration settings include multiple instance types or use spot instances.\n- `BALANCE`: evenly allocates ECS instances across the zones specified in the scaling group. If the distribution of instances becomes unbalanced across zones due to inventory shortages, you can call the [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html) operation to balance the resources. For more information, see [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_demand_base_capacity",
            flag: "on-demand-base-capacity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum number of pay-as-you-go instances required in the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_demand_percentage_above_base_capacity",
            flag: "on-demand-percentage-above-base-capacity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The percentage of pay-as-you-go instances among the additional instances that exceed the minimum number of pay-as-you-go instances specified by on_demand_base_capacity. Valid values: 0 to 100.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The subscription duration of the node. This parameter takes effect and is required only when instance_charge_type is set to PrePaid. Valid values:\n\n- If period_unit is set to Week: 1, 2, 3, and 4.\n- If period_unit is set to Month: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, and 60.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period_unit",
            flag: "period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing cycle of the node. This parameter is required when instance_charge_type is set to PrePaid. Valid values:\n\n- `Month`: uses month as the billing unit.\n- `Week`: uses week as the billing unit.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "platform",
            flag: "platform",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The operating system distribution. Valid values:\n\n- CentOS\n- AliyunLinux\n- Windows\n- WindowsCore",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "private_pool_options",
            flag: "private-pool-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::private_pool_options::SHAPE),
            ),
            description: sdk_shape::Text::en("The private pool options."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ram_policy",
            flag: "ram-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the ram_role_name parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ram_role_name",
            flag: "ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the RAM role for worker nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rds_instances",
            flag: "rds-instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "If ApsaraDB RDS instances are specified, the ECS instances of the cluster nodes are automatically added to the whitelists of the ApsaraDB RDS instances.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_pool_options",
            flag: "resource-pool-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::resource_pool_options::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The resource pool and resource pool policy used to create instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_group_id",
            flag: "scaling-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the scaling group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_policy",
            flag: "scaling-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scaling group pattern. Valid values:\n\n- `release`: Standard pattern. The scaling group scales instances by creating and releasing ECS instances based on the requested resource usage.\n- `recycle`: Swift pattern. The scaling group scales instances by creating, stopping, and starting ECS instances to improve the scaling speed. When an instance is stopped, you are not charged for compute resources, but you are still charged for storage resources. This does not apply to instances with local disks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_id",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The ID of the security group to which the node pool belongs. If the node pool is associated with multiple security groups, this parameter returns the first value in `security_group_ids`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_ids",
            flag: "security-group-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of security group IDs for the node pool.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_hardening_os",
            flag: "security-hardening-os",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable Alibaba Cloud OS security hardening. Valid values:\n\n- `true`: Enables Alibaba Cloud OS security hardening.\n- `false`: Does not enable Alibaba Cloud OS security hardening.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "soc_enabled",
            flag: "soc-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable MLPS 2.0 security hardening. You can enable MLPS 2.0 security hardening for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides baseline check standards and scanning programs for classified protection compliance for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_instance_pools",
            flag: "spot-instance-pools",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of available instance types. The scaling group evenly creates spot instances across multiple instance types with the lowest costs. Valid values: 1 to 10.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_instance_remedy",
            flag: "spot-instance-remedy",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values:\n\n- `true`: Enables spot instance replenishment.\n- `false`: Does not enable spot instance replenishment.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_price_limit",
            flag: "spot-price-limit",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::spot_price_limit::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The market price range configuration for spot instances.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_strategy",
            flag: "spot-strategy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of spot instance. Valid values:\n\n- NoSpot: Pay-as-you-go instance.\n- SpotWithPriceLimit: Sets the maximum price for spot instances.\n- SpotAsPriceGo: Uses the system automatic bidding, which follows the actual market price.\n\nFor more information, see [Spot instances](https://help.aliyun.com/document_detail/157759.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_bursting_enabled",
            flag: "system-disk-bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the burst feature for the system disk of the node. Valid values:\n\n- true: Enables the burst feature. After this feature is enabled, if a volatile workload faces sudden data read and write pressure, the cloud disk temporarily improves its performance based on the actual workload conditions until the workload returns to a stable state.\n- false: Does not enable the burst feature.\n\nThis parameter is supported only when `system_disk_category` is set to `cloud_auto`. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_categories",
            flag: "system-disk-categories",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The categories of the system disk. If the system disk cannot be created by using the disk category with the highest priority, the system automatically attempts to use the disk category with the next highest priority.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_category",
            flag: "system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The category of the system disk. Valid values:\n\n- `cloud_efficiency`: Ultra disk.\n- `cloud_ssd`: Standard SSD.\n- `cloud_essd`: ESSD.\n- `cloud_auto`: ESSD AutoPL disk.\n- `cloud_essd_entry`: ESSD Entry disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_encrypt_algorithm",
            flag: "system-disk-encrypt-algorithm",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The encryption algorithm used for the system disk. Valid value: aes-256.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_encrypted",
            flag: "system-disk-encrypted",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to encrypt the system disk. Valid values:\n\n- true: Encrypts the system disk.\n- false: Does not encrypt the system disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_kms_key_id",
            flag: "system-disk-kms-key-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the KMS key used for the system disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_performance_level",
            flag: "system-disk-performance-level",
            kind: sdk_shape::Kind::Enum(
                &crate::types::system_disk_performance_level::SHAPE,
            ),
            description: sdk_shape::Text::en(
                "The performance level of the system disk. This parameter takes effect only for ESSDs. The performance level is related to the cloud disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values:\n\n- PL0: Medium concurrent I/O performance and relatively stable read/write latency.\n- PL1: Medium concurrent I/O performance and relatively stable read/write latency.\n- PL2: High concurrent I/O performance and stable read/write latency.\n- PL3: Extremely high concurrent I/O performance and extremely stable read/write latency.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_provisioned_iops",
            flag: "system-disk-provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The provisioned read/write IOPS for the system disk. This parameter is configured when the disk category is `cloud_auto`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_size",
            flag: "system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The size of the system disk. Unit: GiB. Valid values: 20 to 2048.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_snapshot_policy_id",
            flag: "system-disk-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The snapshot policy for the system disk."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The ECS instance labels."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of vSwitch IDs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
