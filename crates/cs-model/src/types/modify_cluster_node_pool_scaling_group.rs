// @generated from spec/cs/2015-12-15/types/ModifyClusterNodePoolScalingGroup.json by `cargo xtask codegen`; do not edit.
//! The `ModifyClusterNodePoolScalingGroup` data type.

/// The scaling group configuration of the node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyClusterNodePoolScalingGroup {
    /// Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values:
    ///
    /// - `true`: Auto-renewal is enabled.
    /// - `false`: Auto-renewal is disabled.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `auto_renew`.
    #[serde(rename = "auto_renew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The auto-renewal period for a single renewal. Valid values:
    ///
    /// - When PeriodUnit=Week: 1, 2, and 3.
    /// - When PeriodUnit=Month: 1, 2, 3, 6, 12, 24, 36, 48, and 60.
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
    /// When `multi_az_policy` is set to `COST_OPTIMIZED`, specifies whether to allow the system to automatically create pay-as-you-go instances to meet the required number of ECS instances if spot instances cannot be created due to cost or inventory reasons. Valid values:
    ///
    /// - `true`: Allows the system to automatically create pay-as-you-go instances to meet the required number of ECS instances.
    /// - `false`: Does not allow the system to automatically create pay-as-you-go instances to meet the required number of ECS instances.
    ///
    /// Wire name: `compensate_with_on_demand`.
    #[serde(
        rename = "compensate_with_on_demand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub compensate_with_on_demand: Option<bool>,
    /// The data cloud disk configurations for nodes. Valid values: 0 to 10. You can attach up to 10 data cloud disks.
    ///
    /// At most 10 items.
    ///
    /// Wire name: `data_disks`.
    #[serde(rename = "data_disks", default, skip_serializing_if = "Option::is_none")]
    pub data_disks: Option<Vec<crate::types::DataDisk>>,
    /// The deployment set to which the ECS instances created by the node pool belong. This setting takes effect only for new nodes. The deployment set of existing nodes is not changed.
    ///
    /// Wire name: `deploymentset_id`.
    #[serde(
        rename = "deploymentset_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deploymentset_id: Option<String>,
    /// The desired number of nodes in the node pool.
    ///
    /// The total number of nodes that the node pool should maintain. Configure at least 2 nodes to ensure that cluster components run properly. You can scale the node pool in or out by adjusting the desired number of nodes.
    ///
    /// If you do not need to create nodes, set this parameter to 0 and manually adjust the value later to add nodes.
    ///
    /// Wire name: `desired_size`.
    #[serde(rename = "desired_size", default, skip_serializing_if = "Option::is_none")]
    pub desired_size: Option<i64>,
    /// The block device initialization configuration.
    ///
    /// Wire name: `disk_init`.
    #[serde(rename = "disk_init", default, skip_serializing_if = "Option::is_none")]
    pub disk_init: Option<Vec<crate::types::DiskInit>>,
    /// Specifies whether to enable high-density cloud disk mode. This is supported only when the node pool uses instance types. When enabled, the total number of system cloud disks and data cloud disks does not exceed the high-density cloud disk count supported by the instance type.
    ///
    /// Wire name: `enable_high_density_mode`.
    #[serde(
        rename = "enable_high_density_mode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_high_density_mode: Option<bool>,
    /// The custom image ID. You can call `DescribeKubernetesVersionMetadata` to query the images supported by the system. By default, the latest system image is used.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The operating system distribution type. We recommend that you use this field to specify the node operating system. Valid values:
    ///
    /// - `AliyunLinux`: Alinux2 image.
    /// - `AliyunLinuxSecurity`: Alinux2 UEFI image.
    /// - `AliyunLinux3`: Alinux3 image.
    /// - `AliyunLinux3Arm64`: Alinux3 ARM image.
    /// - `AliyunLinux3Security`: Alinux3 UEFI image.
    /// - `CentOS`: CentOS image.
    /// - `Windows`: Windows image.
    /// - `WindowsCore`: WindowsCore image.
    /// - `ContainerOS`: container-optimized image.
    /// - `AliyunLinux3ContainerOptimized`: Alinux3 container-optimized image.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// The billing method of nodes in the node pool. Valid values:
    ///
    /// - `PrePaid`: subscription.
    /// - `PostPaid`: pay-as-you-go.
    ///
    /// Default value: `PostPaid`.
    ///
    /// Default: `"PostPaid"`.
    ///
    /// Wire name: `instance_charge_type`.
    #[serde(
        rename = "instance_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_charge_type: Option<String>,
    /// The instance attribute configuration.
    ///
    /// Wire name: `instance_patterns`.
    #[serde(
        rename = "instance_patterns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_patterns: Option<Vec<crate::types::InstancePatterns>>,
    /// The list of node instance types. You can select multiple instance types as alternatives. When each node is created, the system attempts to purchase instances starting from the first instance type until the creation succeeds. The actual instance type purchased may vary depending on inventory availability.
    ///
    /// Number of supported instance types: \[1,10\].
    ///
    /// Wire name: `instance_types`.
    #[serde(rename = "instance_types", default, skip_serializing_if = "Option::is_none")]
    pub instance_types: Option<Vec<String>>,
    /// The billing method for public IP addresses. Valid values:
    ///
    /// - `PayByBandwidth`: billed by fixed bandwidth.
    /// - `PayByTraffic`: billed by traffic usage.
    ///
    /// Wire name: `internet_charge_type`.
    #[serde(
        rename = "internet_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_charge_type: Option<String>,
    /// The maximum outbound public bandwidth for nodes, in Mbps (Mega bit per second). Valid values: \[1,100\].
    ///
    /// Minimum: 1. Maximum: 100.
    ///
    /// Wire name: `internet_max_bandwidth_out`.
    #[serde(
        rename = "internet_max_bandwidth_out",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_max_bandwidth_out: Option<i64>,
    /// The key pair name. Specify either this parameter or `login_password`. If the node pool is a managed node pool, only `key_pair` is supported.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// The SSH logon password. Specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.
    ///
    /// Wire name: `login_password`.
    #[serde(rename = "login_password", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The multi-zone scaling policy for ECS instances in the scaling group. Valid values:
    ///
    /// - `PRIORITY`: scales in or out based on the vSwitches (VSwitchIds.N) that you define. When ECS instances cannot be created in the zone of the vSwitch with the highest priority, the system automatically uses the vSwitch with the next highest priority to create ECS instances.
    ///
    /// - `COST_OPTIMIZED`: attempts to create instances in ascending order of vCPU unit price. When the scaling configuration sets multiple instance types with the spot billable methods, spot instances are created first. You can use the `CompensateWithOnDemand` parameter to specify whether to automatically attempt to create pay-as-you-go instances when spot instances cannot be created due to insufficient inventory.
    ///
    /// > `COST_OPTIMIZED` takes effect only when the scaling configuration sets multiple instance types or uses spot instances.
    ///
    /// - `BALANCE`: evenly allocates ECS instances across the multiple active zones specified in the scaling group. If the zones become unbalanced due to insufficient inventory, you can call the `RebalanceInstances` API operation to rebalance resources. For more information, see [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html).
    ///
    /// Default value: `PRIORITY`.
    ///
    /// Default: `"PRIORITY"`.
    ///
    /// Wire name: `multi_az_policy`.
    #[serde(
        rename = "multi_az_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub multi_az_policy: Option<crate::types::MultiAzPolicy>,
    /// The minimum number of pay-as-you-go instances required in the scaling group. Valid values: \[0,1000\]. Pay-as-you-go instances are created first when the number of pay-as-you-go instances is less than this value.
    ///
    /// Minimum: 0. Maximum: 1000.
    ///
    /// Wire name: `on_demand_base_capacity`.
    #[serde(
        rename = "on_demand_base_capacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_base_capacity: Option<i64>,
    /// The percentage of pay-as-you-go instances among the excess instances after the minimum number of pay-as-you-go instances (`on_demand_base_capacity`) is met. Valid values: \[0,100\].
    ///
    /// Minimum: 0. Maximum: 100.
    ///
    /// Wire name: `on_demand_percentage_above_base_capacity`.
    #[serde(
        rename = "on_demand_percentage_above_base_capacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_percentage_above_base_capacity: Option<i64>,
    /// The subscription duration of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`.
    ///
    /// - When `period_unit=Week`, valid values of `period`: 1, 2, 3, and 4.
    /// - When `period_unit=Month`, valid values of `period`: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, and 60.
    ///
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`.
    ///
    /// - `Month`: the billing cycle is measured in months.
    /// - `Week`: the billing cycle is measured in weeks.
    ///
    /// Default value: `Month`.
    ///
    /// Default: `"Month"`.
    ///
    /// Wire name: `period_unit`.
    #[serde(rename = "period_unit", default, skip_serializing_if = "Option::is_none")]
    pub period_unit: Option<String>,
    /// **\[Deprecated\]** Use the `image_type` parameter instead.
    ///
    /// The operating system platform. Valid values:
    ///
    /// - `AliyunLinux`
    /// - `CentOS`
    /// - `Windows`
    /// - `WindowsCore`
    ///
    /// Wire name: `platform`.
    #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The private node pool configuration.
    ///
    /// Wire name: `private_pool_options`.
    #[serde(
        rename = "private_pool_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_pool_options: Option<crate::types::PrivatePoolOptions>,
    /// The list of ApsaraDB RDS instances.
    ///
    /// Wire name: `rds_instances`.
    #[serde(rename = "rds_instances", default, skip_serializing_if = "Option::is_none")]
    pub rds_instances: Option<Vec<String>>,
    /// The resource pool and resource pool strategy used when creating instances. After you set this parameter, note the following:
    /// This parameter takes effect only when creating pay-as-you-go instances.
    /// This parameter cannot be set together with private_pool_options.match_criteria or private_pool_options.id.
    ///
    /// Wire name: `resource_pool_options`.
    #[serde(
        rename = "resource_pool_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_pool_options: Option<crate::types::ResourcePoolOptions>,
    /// The scaling group mode. Valid values:
    ///
    /// - `release`: standard mode. Scales in or out by creating or releasing ECS instances based on resource usage.
    /// - `recycle`: swift mode. Scales in or out by creating, stopping, or starting ECS instances, which improves the speed of subsequent scaling operations. Stopped instances are not charged for compute resources, but storage fees still apply, except for instances with local disks.
    ///
    /// Wire name: `scaling_policy`.
    #[serde(rename = "scaling_policy", default, skip_serializing_if = "Option::is_none")]
    pub scaling_policy: Option<String>,
    /// The list of security group IDs.
    ///
    /// Wire name: `security_group_ids`.
    #[serde(
        rename = "security_group_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_ids: Option<Vec<String>>,
    /// The number of available instance types. The scaling group creates spot instances of multiple types at the lowest cost. Valid values: \[1,10\].
    ///
    /// Minimum: 1. Maximum: 10.
    ///
    /// Wire name: `spot_instance_pools`.
    #[serde(
        rename = "spot_instance_pools",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_instance_pools: Option<i64>,
    /// Specifies whether to enable spot instance supplementation. If enabled, when a system message is received indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance that is to be reclaimed. Valid values:
    ///
    /// - `true`: Enables spot instance supplementation.
    /// - `false`: Disables spot instance supplementation.
    ///
    /// Wire name: `spot_instance_remedy`.
    #[serde(
        rename = "spot_instance_remedy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_instance_remedy: Option<bool>,
    /// The price limit configurations for spot instances.
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
    /// - `NoSpot`: non-spot instance.
    /// - `SpotWithPriceLimit`: spot instance with a price limit.
    /// - `SpotAsPriceGo`: spot instance priced at the market price at the time of purchase.
    ///
    /// For more information, see [Spot instances](https://help.aliyun.com/document_detail/157759.html).
    ///
    /// Wire name: `spot_strategy`.
    #[serde(rename = "spot_strategy", default, skip_serializing_if = "Option::is_none")]
    pub spot_strategy: Option<String>,
    /// Specifies whether to enable burst (performance bursting) for the node system cloud disk. Valid values:
    ///
    /// - true: Enabled. After burst is enabled, the cloud disk temporarily improves its performance to handle sudden data read/write pressure from fluctuating workloads until the workload returns to a steady state.
    /// - false: Disabled.
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
    /// The multiple cloud disk types for the system cloud disk. If the cloud disk type with a higher priority cannot be used, the system automatically attempts the next priority cloud disk type to create the system cloud disk.
    ///
    /// Wire name: `system_disk_categories`.
    #[serde(
        rename = "system_disk_categories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_categories: Option<Vec<String>>,
    /// The type of the node system cloud disk. Valid values:
    ///
    /// - `cloud_efficiency`: ultra cloud disk.
    /// - `cloud_ssd`: standard SSD.
    /// - `cloud_essd`: ESSD.
    /// - `cloud_auto`: ESSD AutoPL cloud disk.
    /// - `cloud_essd_entry`: ESSD Entry cloud disk.
    ///
    /// Default value: `cloud_efficiency`.
    ///
    /// Default: `"cloud_efficiency"`.
    ///
    /// Wire name: `system_disk_category`.
    #[serde(
        rename = "system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_category: Option<String>,
    /// The encryption algorithm used by the system cloud disk. Valid value: aes-256.
    ///
    /// Wire name: `system_disk_encrypt_algorithm`.
    #[serde(
        rename = "system_disk_encrypt_algorithm",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_encrypt_algorithm: Option<String>,
    /// Specifies whether to encrypt the system cloud disk. Valid values:
    ///
    /// - true: Encrypted.
    ///
    /// - false: Not encrypted.
    ///
    /// Wire name: `system_disk_encrypted`.
    #[serde(
        rename = "system_disk_encrypted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_encrypted: Option<bool>,
    /// The KMS key ID used by the system cloud disk.
    ///
    /// Wire name: `system_disk_kms_key_id`.
    #[serde(
        rename = "system_disk_kms_key_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_kms_key_id: Option<String>,
    /// The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks. The performance level varies based on the cloud disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    ///
    /// - PL0: moderate maximum concurrent I/O performance with relatively stable read/write latency.
    /// - PL1: moderate maximum concurrent I/O performance with relatively stable read/write latency.
    /// - PL2: high maximum concurrent I/O performance with stable read/write latency.
    /// - PL3: ultra-high maximum concurrent I/O performance with extremely stable read/write latency.
    ///
    /// Wire name: `system_disk_performance_level`.
    #[serde(
        rename = "system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_performance_level: Option<crate::types::SystemDiskPerformanceLevel>,
    /// The provisioned read/write IOPS of the node system cloud disk.
    ///
    /// Valid values: 0 to min{50,000, 1000 × capacity - baseline performance}. Baseline performance = min{1,800 + 50 × capacity, 50000}.
    ///
    /// This parameter is supported only when `system_disk_category` is set to `cloud_auto`. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).
    ///
    /// Wire name: `system_disk_provisioned_iops`.
    #[serde(
        rename = "system_disk_provisioned_iops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_provisioned_iops: Option<i64>,
    /// The size of the node system cloud disk, in GiB.
    ///
    /// Valid values: \[20,2048\].
    ///
    /// The value of this parameter must be greater than or equal to max{20, ImageSize}.
    ///
    /// Default value: max{40, image size corresponding to the ImageId parameter}.
    ///
    /// Minimum: 20. Maximum: 2048.
    ///
    /// Wire name: `system_disk_size`.
    #[serde(
        rename = "system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_size: Option<i64>,
    /// The snapshot policy for the system cloud disk.
    ///
    /// Wire name: `system_disk_snapshot_policy_id`.
    #[serde(
        rename = "system_disk_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_snapshot_policy_id: Option<String>,
    /// The tags that are added only to ECS instances.
    ///
    /// Tag keys cannot be duplicated and can be up to 128 characters in length. Tag keys and tag values cannot start with "aliyun" or "acs:", or contain "https://" or "http://".
    ///
    /// At most 128 items.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The list of vSwitch IDs. Valid values: 1 to 8.
    ///
    /// > To ensure high availability, select vSwitches in different zones.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
}

impl ModifyClusterNodePoolScalingGroup {
    /// Sets `auto_renew`: Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values:.
    pub fn with_auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = Some(value);
        self
    }

    /// Sets `auto_renew_period`: The auto-renewal period for a single renewal. Valid values:.
    pub fn with_auto_renew_period(mut self, value: i64) -> Self {
        self.auto_renew_period = Some(value);
        self
    }

    /// Sets `compensate_with_on_demand`: When `multi_az_policy` is set to `COST_OPTIMIZED`, specifies whether to allow the system to automatically create pay-as-you-go instances to meet the required number of ECS instances if spot instances cannot be created due to cost or inventory reasons. Valid values:.
    pub fn with_compensate_with_on_demand(mut self, value: bool) -> Self {
        self.compensate_with_on_demand = Some(value);
        self
    }

    /// Sets `data_disks`: The data cloud disk configurations for nodes. Valid values: 0 to 10. You can attach up to 10 data cloud disks.
    pub fn with_data_disks(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::DataDisk>>,
    ) -> Self {
        self.data_disks = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `deploymentset_id`: The deployment set to which the ECS instances created by the node pool belong. This setting takes effect only for new nodes. The deployment set of existing nodes is not changed.
    pub fn with_deploymentset_id(mut self, value: impl Into<String>) -> Self {
        self.deploymentset_id = Some(value.into());
        self
    }

    /// Sets `desired_size`: The desired number of nodes in the node pool.
    pub fn with_desired_size(mut self, value: i64) -> Self {
        self.desired_size = Some(value);
        self
    }

    /// Sets `disk_init`: The block device initialization configuration.
    pub fn with_disk_init(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::DiskInit>>,
    ) -> Self {
        self.disk_init = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `enable_high_density_mode`: Specifies whether to enable high-density cloud disk mode. This is supported only when the node pool uses instance types. When enabled, the total number of system cloud disks and data cloud disks does not exceed the high-density cloud disk count supported by the instance type.
    pub fn with_enable_high_density_mode(mut self, value: bool) -> Self {
        self.enable_high_density_mode = Some(value);
        self
    }

    /// Sets `image_id`: The custom image ID. You can call `DescribeKubernetesVersionMetadata` to query the images supported by the system. By default, the latest system image is used.
    pub fn with_image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `image_type`: The operating system distribution type. We recommend that you use this field to specify the node operating system. Valid values:.
    pub fn with_image_type(mut self, value: impl Into<String>) -> Self {
        self.image_type = Some(value.into());
        self
    }

    /// Sets `instance_charge_type`: The billing method of nodes in the node pool. Valid values:.
    pub fn with_instance_charge_type(mut self, value: impl Into<String>) -> Self {
        self.instance_charge_type = Some(value.into());
        self
    }

    /// Sets `instance_patterns`: The instance attribute configuration.
    pub fn with_instance_patterns(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::InstancePatterns>>,
    ) -> Self {
        self.instance_patterns = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `instance_types`: The list of node instance types. You can select multiple instance types as alternatives. When each node is created, the system attempts to purchase instances starting from the first instance type until the creation succeeds. The actual instance type purchased may vary depending on inventory availability.
    pub fn with_instance_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.instance_types = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `internet_charge_type`: The billing method for public IP addresses. Valid values:.
    pub fn with_internet_charge_type(mut self, value: impl Into<String>) -> Self {
        self.internet_charge_type = Some(value.into());
        self
    }

    /// Sets `internet_max_bandwidth_out`: The maximum outbound public bandwidth for nodes, in Mbps (Mega bit per second). Valid values: \[1,100\].
    pub fn with_internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = Some(value);
        self
    }

    /// Sets `key_pair`: The key pair name. Specify either this parameter or `login_password`. If the node pool is a managed node pool, only `key_pair` is supported.
    pub fn with_key_pair(mut self, value: impl Into<String>) -> Self {
        self.key_pair = Some(value.into());
        self
    }

    /// Sets `login_password`: The SSH logon password. Specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `multi_az_policy`: The multi-zone scaling policy for ECS instances in the scaling group. Valid values:.
    pub fn with_multi_az_policy(
        mut self,
        value: impl Into<crate::types::MultiAzPolicy>,
    ) -> Self {
        self.multi_az_policy = Some(value.into());
        self
    }

    /// Sets `on_demand_base_capacity`: The minimum number of pay-as-you-go instances required in the scaling group. Valid values: \[0,1000\]. Pay-as-you-go instances are created first when the number of pay-as-you-go instances is less than this value.
    pub fn with_on_demand_base_capacity(mut self, value: i64) -> Self {
        self.on_demand_base_capacity = Some(value);
        self
    }

    /// Sets `on_demand_percentage_above_base_capacity`: The percentage of pay-as-you-go instances among the excess instances after the minimum number of pay-as-you-go instances (`on_demand_base_capacity`) is met. Valid values: \[0,100\].
    pub fn with_on_demand_percentage_above_base_capacity(mut self, value: i64) -> Self {
        self.on_demand_percentage_above_base_capacity = Some(value);
        self
    }

    /// Sets `period`: The subscription duration of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`.
    pub fn with_period(mut self, value: i64) -> Self {
        self.period = Some(value);
        self
    }

    /// Sets `period_unit`: The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`.
    pub fn with_period_unit(mut self, value: impl Into<String>) -> Self {
        self.period_unit = Some(value.into());
        self
    }

    /// Sets `platform`: **\[Deprecated\]** Use the `image_type` parameter instead.
    pub fn with_platform(mut self, value: impl Into<String>) -> Self {
        self.platform = Some(value.into());
        self
    }

    /// Sets `private_pool_options`: The private node pool configuration.
    pub fn with_private_pool_options(
        mut self,
        value: impl Into<crate::types::PrivatePoolOptions>,
    ) -> Self {
        self.private_pool_options = Some(value.into());
        self
    }

    /// Sets `rds_instances`: The list of ApsaraDB RDS instances.
    pub fn with_rds_instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.rds_instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `resource_pool_options`: The resource pool and resource pool strategy used when creating instances. After you set this parameter, note the following: This parameter takes effect only when creating pay-as-you-go instances. This parameter cannot be set together with private_pool_options.match_criteria or private_pool_options.id.
    pub fn with_resource_pool_options(
        mut self,
        value: impl Into<crate::types::ResourcePoolOptions>,
    ) -> Self {
        self.resource_pool_options = Some(value.into());
        self
    }

    /// Sets `scaling_policy`: The scaling group mode. Valid values:.
    pub fn with_scaling_policy(mut self, value: impl Into<String>) -> Self {
        self.scaling_policy = Some(value.into());
        self
    }

    /// Sets `security_group_ids`: The list of security group IDs.
    pub fn with_security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `spot_instance_pools`: The number of available instance types. The scaling group creates spot instances of multiple types at the lowest cost. Valid values: \[1,10\].
    pub fn with_spot_instance_pools(mut self, value: i64) -> Self {
        self.spot_instance_pools = Some(value);
        self
    }

    /// Sets `spot_instance_remedy`: Specifies whether to enable spot instance supplementation. If enabled, when a system message is received indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance that is to be reclaimed. Valid values:.
    pub fn with_spot_instance_remedy(mut self, value: bool) -> Self {
        self.spot_instance_remedy = Some(value);
        self
    }

    /// Sets `spot_price_limit`: The price limit configurations for spot instances.
    pub fn with_spot_price_limit(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::SpotPriceLimit>>,
    ) -> Self {
        self.spot_price_limit = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `spot_strategy`: The type of spot instance. Valid values:.
    pub fn with_spot_strategy(mut self, value: impl Into<String>) -> Self {
        self.spot_strategy = Some(value.into());
        self
    }

    /// Sets `system_disk_bursting_enabled`: Specifies whether to enable burst (performance bursting) for the node system cloud disk. Valid values:.
    pub fn with_system_disk_bursting_enabled(mut self, value: bool) -> Self {
        self.system_disk_bursting_enabled = Some(value);
        self
    }

    /// Sets `system_disk_categories`: The multiple cloud disk types for the system cloud disk. If the cloud disk type with a higher priority cannot be used, the system automatically attempts the next priority cloud disk type to create the system cloud disk.
    pub fn with_system_disk_categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.system_disk_categories = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `system_disk_category`: The type of the node system cloud disk. Valid values:.
    pub fn with_system_disk_category(mut self, value: impl Into<String>) -> Self {
        self.system_disk_category = Some(value.into());
        self
    }

    /// Sets `system_disk_encrypt_algorithm`: The encryption algorithm used by the system cloud disk. Valid value: aes-256.
    pub fn with_system_disk_encrypt_algorithm(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.system_disk_encrypt_algorithm = Some(value.into());
        self
    }

    /// Sets `system_disk_encrypted`: Specifies whether to encrypt the system cloud disk. Valid values:.
    pub fn with_system_disk_encrypted(mut self, value: bool) -> Self {
        self.system_disk_encrypted = Some(value);
        self
    }

    /// Sets `system_disk_kms_key_id`: The KMS key ID used by the system cloud disk.
    pub fn with_system_disk_kms_key_id(mut self, value: impl Into<String>) -> Self {
        self.system_disk_kms_key_id = Some(value.into());
        self
    }

    /// Sets `system_disk_performance_level`: The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks. The performance level varies based on the cloud disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    pub fn with_system_disk_performance_level(
        mut self,
        value: impl Into<crate::types::SystemDiskPerformanceLevel>,
    ) -> Self {
        self.system_disk_performance_level = Some(value.into());
        self
    }

    /// Sets `system_disk_provisioned_iops`: The provisioned read/write IOPS of the node system cloud disk.
    pub fn with_system_disk_provisioned_iops(mut self, value: i64) -> Self {
        self.system_disk_provisioned_iops = Some(value);
        self
    }

    /// Sets `system_disk_size`: The size of the node system cloud disk, in GiB.
    pub fn with_system_disk_size(mut self, value: i64) -> Self {
        self.system_disk_size = Some(value);
        self
    }

    /// Sets `system_disk_snapshot_policy_id`: The snapshot policy for the system cloud disk.
    pub fn with_system_disk_snapshot_policy_id(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.system_disk_snapshot_policy_id = Some(value.into());
        self
    }

    /// Sets `tags`: The tags that are added only to ECS instances.
    pub fn with_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Tag>>,
    ) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `vswitch_ids`: The list of vSwitch IDs. Valid values: 1 to 8.
    pub fn with_vswitch_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.vswitch_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values: (`auto_renew`).
    pub fn auto_renew(&self) -> Option<bool> {
        self.auto_renew
    }

    /// The auto-renewal period for a single renewal. Valid values: (`auto_renew_period`).
    pub fn auto_renew_period(&self) -> Option<i64> {
        self.auto_renew_period
    }

    /// When `multi_az_policy` is set to `COST_OPTIMIZED`, specifies whether to allow the system to automatically create pay-as-you-go instances to meet the required number of ECS instances if spot instances cannot be created due to cost or inventory reasons. Valid values: (`compensate_with_on_demand`).
    pub fn compensate_with_on_demand(&self) -> Option<bool> {
        self.compensate_with_on_demand
    }

    /// The data cloud disk configurations for nodes. Valid values: 0 to 10. You can attach up to 10 data cloud disks (`data_disks`).
    pub fn data_disks(&self) -> &[crate::types::DataDisk] {
        self.data_disks.as_deref().unwrap_or_default()
    }

    /// The deployment set to which the ECS instances created by the node pool belong. This setting takes effect only for new nodes. The deployment set of existing nodes is not changed (`deploymentset_id`).
    pub fn deploymentset_id(&self) -> Option<&str> {
        self.deploymentset_id.as_deref()
    }

    /// The desired number of nodes in the node pool (`desired_size`).
    pub fn desired_size(&self) -> Option<i64> {
        self.desired_size
    }

    /// The block device initialization configuration (`disk_init`).
    pub fn disk_init(&self) -> &[crate::types::DiskInit] {
        self.disk_init.as_deref().unwrap_or_default()
    }

    /// Specifies whether to enable high-density cloud disk mode. This is supported only when the node pool uses instance types. When enabled, the total number of system cloud disks and data cloud disks does not exceed the high-density cloud disk count supported by the instance type (`enable_high_density_mode`).
    pub fn enable_high_density_mode(&self) -> Option<bool> {
        self.enable_high_density_mode
    }

    /// The custom image ID. You can call `DescribeKubernetesVersionMetadata` to query the images supported by the system. By default, the latest system image is used (`image_id`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The operating system distribution type. We recommend that you use this field to specify the node operating system. Valid values: (`image_type`).
    pub fn image_type(&self) -> Option<&str> {
        self.image_type.as_deref()
    }

    /// The billing method of nodes in the node pool. Valid values: (`instance_charge_type`).
    pub fn instance_charge_type(&self) -> Option<&str> {
        self.instance_charge_type.as_deref()
    }

    /// The instance attribute configuration (`instance_patterns`).
    pub fn instance_patterns(&self) -> &[crate::types::InstancePatterns] {
        self.instance_patterns.as_deref().unwrap_or_default()
    }

    /// The list of node instance types. You can select multiple instance types as alternatives. When each node is created, the system attempts to purchase instances starting from the first instance type until the creation succeeds. The actual instance type purchased may vary depending on inventory availability (`instance_types`).
    pub fn instance_types(&self) -> &[String] {
        self.instance_types.as_deref().unwrap_or_default()
    }

    /// The billing method for public IP addresses. Valid values: (`internet_charge_type`).
    pub fn internet_charge_type(&self) -> Option<&str> {
        self.internet_charge_type.as_deref()
    }

    /// The maximum outbound public bandwidth for nodes, in Mbps (Mega bit per second). Valid values: \[1,100\] (`internet_max_bandwidth_out`).
    pub fn internet_max_bandwidth_out(&self) -> Option<i64> {
        self.internet_max_bandwidth_out
    }

    /// The key pair name. Specify either this parameter or `login_password`. If the node pool is a managed node pool, only `key_pair` is supported (`key_pair`).
    pub fn key_pair(&self) -> Option<&str> {
        self.key_pair.as_deref()
    }

    /// The SSH logon password. Specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters (`login_password`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The multi-zone scaling policy for ECS instances in the scaling group. Valid values: (`multi_az_policy`).
    pub fn multi_az_policy(&self) -> Option<&crate::types::MultiAzPolicy> {
        self.multi_az_policy.as_ref()
    }

    /// The minimum number of pay-as-you-go instances required in the scaling group. Valid values: \[0,1000\]. Pay-as-you-go instances are created first when the number of pay-as-you-go instances is less than this value (`on_demand_base_capacity`).
    pub fn on_demand_base_capacity(&self) -> Option<i64> {
        self.on_demand_base_capacity
    }

    /// The percentage of pay-as-you-go instances among the excess instances after the minimum number of pay-as-you-go instances (`on_demand_base_capacity`) is met. Valid values: \[0,100\] (`on_demand_percentage_above_base_capacity`).
    pub fn on_demand_percentage_above_base_capacity(&self) -> Option<i64> {
        self.on_demand_percentage_above_base_capacity
    }

    /// The subscription duration of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid` (`period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }

    /// The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid` (`period_unit`).
    pub fn period_unit(&self) -> Option<&str> {
        self.period_unit.as_deref()
    }

    /// **\[Deprecated\]** Use the `image_type` parameter instead (`platform`).
    pub fn platform(&self) -> Option<&str> {
        self.platform.as_deref()
    }

    /// The private node pool configuration (`private_pool_options`).
    pub fn private_pool_options(&self) -> Option<&crate::types::PrivatePoolOptions> {
        self.private_pool_options.as_ref()
    }

    /// The list of ApsaraDB RDS instances (`rds_instances`).
    pub fn rds_instances(&self) -> &[String] {
        self.rds_instances.as_deref().unwrap_or_default()
    }

    /// The resource pool and resource pool strategy used when creating instances. After you set this parameter, note the following: This parameter takes effect only when creating pay-as-you-go instances. This parameter cannot be set together with private_pool_options.match_criteria or private_pool_options.id (`resource_pool_options`).
    pub fn resource_pool_options(&self) -> Option<&crate::types::ResourcePoolOptions> {
        self.resource_pool_options.as_ref()
    }

    /// The scaling group mode. Valid values: (`scaling_policy`).
    pub fn scaling_policy(&self) -> Option<&str> {
        self.scaling_policy.as_deref()
    }

    /// The list of security group IDs (`security_group_ids`).
    pub fn security_group_ids(&self) -> &[String] {
        self.security_group_ids.as_deref().unwrap_or_default()
    }

    /// The number of available instance types. The scaling group creates spot instances of multiple types at the lowest cost. Valid values: \[1,10\] (`spot_instance_pools`).
    pub fn spot_instance_pools(&self) -> Option<i64> {
        self.spot_instance_pools
    }

    /// Specifies whether to enable spot instance supplementation. If enabled, when a system message is received indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance that is to be reclaimed. Valid values: (`spot_instance_remedy`).
    pub fn spot_instance_remedy(&self) -> Option<bool> {
        self.spot_instance_remedy
    }

    /// The price limit configurations for spot instances (`spot_price_limit`).
    pub fn spot_price_limit(&self) -> &[crate::types::SpotPriceLimit] {
        self.spot_price_limit.as_deref().unwrap_or_default()
    }

    /// The type of spot instance. Valid values: (`spot_strategy`).
    pub fn spot_strategy(&self) -> Option<&str> {
        self.spot_strategy.as_deref()
    }

    /// Specifies whether to enable burst (performance bursting) for the node system cloud disk. Valid values: (`system_disk_bursting_enabled`).
    pub fn system_disk_bursting_enabled(&self) -> Option<bool> {
        self.system_disk_bursting_enabled
    }

    /// The multiple cloud disk types for the system cloud disk. If the cloud disk type with a higher priority cannot be used, the system automatically attempts the next priority cloud disk type to create the system cloud disk (`system_disk_categories`).
    pub fn system_disk_categories(&self) -> &[String] {
        self.system_disk_categories.as_deref().unwrap_or_default()
    }

    /// The type of the node system cloud disk. Valid values: (`system_disk_category`).
    pub fn system_disk_category(&self) -> Option<&str> {
        self.system_disk_category.as_deref()
    }

    /// The encryption algorithm used by the system cloud disk. Valid value: aes-256 (`system_disk_encrypt_algorithm`).
    pub fn system_disk_encrypt_algorithm(&self) -> Option<&str> {
        self.system_disk_encrypt_algorithm.as_deref()
    }

    /// Specifies whether to encrypt the system cloud disk. Valid values: (`system_disk_encrypted`).
    pub fn system_disk_encrypted(&self) -> Option<bool> {
        self.system_disk_encrypted
    }

    /// The KMS key ID used by the system cloud disk (`system_disk_kms_key_id`).
    pub fn system_disk_kms_key_id(&self) -> Option<&str> {
        self.system_disk_kms_key_id.as_deref()
    }

    /// The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks. The performance level varies based on the cloud disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html) (`system_disk_performance_level`).
    pub fn system_disk_performance_level(
        &self,
    ) -> Option<&crate::types::SystemDiskPerformanceLevel> {
        self.system_disk_performance_level.as_ref()
    }

    /// The provisioned read/write IOPS of the node system cloud disk (`system_disk_provisioned_iops`).
    pub fn system_disk_provisioned_iops(&self) -> Option<i64> {
        self.system_disk_provisioned_iops
    }

    /// The size of the node system cloud disk, in GiB (`system_disk_size`).
    pub fn system_disk_size(&self) -> Option<i64> {
        self.system_disk_size
    }

    /// The snapshot policy for the system cloud disk (`system_disk_snapshot_policy_id`).
    pub fn system_disk_snapshot_policy_id(&self) -> Option<&str> {
        self.system_disk_snapshot_policy_id.as_deref()
    }

    /// The tags that are added only to ECS instances (`tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The list of vSwitch IDs. Valid values: 1 to 8 (`vswitch_ids`).
    pub fn vswitch_ids(&self) -> &[String] {
        self.vswitch_ids.as_deref().unwrap_or_default()
    }
}

impl ModifyClusterNodePoolScalingGroup {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ModifyClusterNodePoolScalingGroup",
    description: sdk_shape::Text::en(
        "The scaling group configuration of the node pool.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_renew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto-renewal for nodes. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values:\n\n- `true`: Auto-renewal is enabled.\n- `false`: Auto-renewal is disabled.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew_period",
            flag: "auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The auto-renewal period for a single renewal. Valid values:\n\n- When PeriodUnit=Week: 1, 2, and 3.\n- When PeriodUnit=Month: 1, 2, 3, 6, 12, 24, 36, 48, and 60.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "compensate_with_on_demand",
            flag: "compensate-with-on-demand",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "When `multi_az_policy` is set to `COST_OPTIMIZED`, specifies whether to allow the system to automatically create pay-as-you-go instances to meet the required number of ECS instances if spot instances cannot be created due to cost or inventory reasons. Valid values:\n\n- `true`: Allows the system to automatically create pay-as-you-go instances to meet the required number of ECS instances.\n- `false`: Does not allow the system to automatically create pay-as-you-go instances to meet the required number of ECS instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "data_disks",
            flag: "data-disks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::data_disk::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The data cloud disk configurations for nodes. Valid values: 0 to 10. You can attach up to 10 data cloud disks.",
            ),
            list: true,
            max_items: Some(10u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deploymentset_id",
            flag: "deploymentset-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The deployment set to which the ECS instances created by the node pool belong. This setting takes effect only for new nodes. The deployment set of existing nodes is not changed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "desired_size",
            flag: "desired-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The desired number of nodes in the node pool.\n\nThe total number of nodes that the node pool should maintain. Configure at least 2 nodes to ensure that cluster components run properly. You can scale the node pool in or out by adjusting the desired number of nodes.\n\nIf you do not need to create nodes, set this parameter to 0 and manually adjust the value later to add nodes.",
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
                "The block device initialization configuration.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable_high_density_mode",
            flag: "enable-high-density-mode",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable high-density cloud disk mode. This is supported only when the node pool uses instance types. When enabled, the total number of system cloud disks and data cloud disks does not exceed the high-density cloud disk count supported by the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom image ID. You can call `DescribeKubernetesVersionMetadata` to query the images supported by the system. By default, the latest system image is used.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The operating system distribution type. We recommend that you use this field to specify the node operating system. Valid values:\n\n- `AliyunLinux`: Alinux2 image.\n- `AliyunLinuxSecurity`: Alinux2 UEFI image.\n- `AliyunLinux3`: Alinux3 image.\n- `AliyunLinux3Arm64`: Alinux3 ARM image.\n- `AliyunLinux3Security`: Alinux3 UEFI image.\n- `CentOS`: CentOS image.\n- `Windows`: Windows image.\n- `WindowsCore`: WindowsCore image.\n- `ContainerOS`: container-optimized image.\n- `AliyunLinux3ContainerOptimized`: Alinux3 container-optimized image.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_charge_type",
            flag: "instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method of nodes in the node pool. Valid values:\n\n- `PrePaid`: subscription.\n- `PostPaid`: pay-as-you-go.\n\nDefault value: `PostPaid`.",
            ),
            default: Some("\"PostPaid\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_patterns",
            flag: "instance-patterns",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::instance_patterns::SHAPE),
            ),
            description: sdk_shape::Text::en("The instance attribute configuration."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_types",
            flag: "instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of node instance types. You can select multiple instance types as alternatives. When each node is created, the system attempts to purchase instances starting from the first instance type until the creation succeeds. The actual instance type purchased may vary depending on inventory availability.\n\nNumber of supported instance types: \\[1,10\\].",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "internet_charge_type",
            flag: "internet-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method for public IP addresses. Valid values:\n\n- `PayByBandwidth`: billed by fixed bandwidth.\n- `PayByTraffic`: billed by traffic usage.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "internet_max_bandwidth_out",
            flag: "internet-max-bandwidth-out",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum outbound public bandwidth for nodes, in Mbps (Mega bit per second). Valid values: \\[1,100\\].",
            ),
            minimum: Some(1i64),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The key pair name. Specify either this parameter or `login_password`. If the node pool is a managed node pool, only `key_pair` is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_password",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SSH logon password. Specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and must contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "multi_az_policy",
            flag: "multi-az-policy",
            kind: sdk_shape::Kind::Enum(&crate::types::multi_az_policy::SHAPE),
            description: sdk_shape::Text::en(
                "The multi-zone scaling policy for ECS instances in the scaling group. Valid values:\n\n- `PRIORITY`: scales in or out based on the vSwitches (VSwitchIds.N) that you define. When ECS instances cannot be created in the zone of the vSwitch with the highest priority, the system automatically uses the vSwitch with the next highest priority to create ECS instances.\n\n- `COST_OPTIMIZED`: attempts to create instances in ascending order of vCPU unit price. When the scaling configuration sets multiple instance types with the spot billable methods, spot instances are created first. You can use the `CompensateWithOnDemand` parameter to specify whether to automatically attempt to create pay-as-you-go instances when spot instances cannot be created due to insufficient inventory.\n\n> `COST_OPTIMIZED` takes effect only when the scaling configuration sets multiple instance types or uses spot instances.\n\n- `BALANCE`: evenly allocates ECS instances across the multiple active zones specified in the scaling group. If the zones become unbalanced due to insufficient inventory, you can call the `RebalanceInstances` API operation to rebalance resources. For more information, see [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html).\n\nDefault value: `PRIORITY`.",
            ),
            default: Some("\"PRIORITY\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_demand_base_capacity",
            flag: "on-demand-base-capacity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum number of pay-as-you-go instances required in the scaling group. Valid values: \\[0,1000\\]. Pay-as-you-go instances are created first when the number of pay-as-you-go instances is less than this value.",
            ),
            minimum: Some(0i64),
            maximum: Some(1000i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_demand_percentage_above_base_capacity",
            flag: "on-demand-percentage-above-base-capacity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The percentage of pay-as-you-go instances among the excess instances after the minimum number of pay-as-you-go instances (`on_demand_base_capacity`) is met. Valid values: \\[0,100\\].",
            ),
            minimum: Some(0i64),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The subscription duration of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`.\n\n- When `period_unit=Week`, valid values of `period`: 1, 2, 3, and 4.\n- When `period_unit=Month`, valid values of `period`: 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, and 60.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period_unit",
            flag: "period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`.\n\n- `Month`: the billing cycle is measured in months.\n- `Week`: the billing cycle is measured in weeks.\n\nDefault value: `Month`.",
            ),
            default: Some("\"Month\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "platform",
            flag: "platform",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `image_type` parameter instead.\n\nThe operating system platform. Valid values:\n\n- `AliyunLinux`\n- `CentOS`\n- `Windows`\n- `WindowsCore`",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "private_pool_options",
            flag: "private-pool-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::private_pool_options::SHAPE),
            ),
            description: sdk_shape::Text::en("The private node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rds_instances",
            flag: "rds-instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of ApsaraDB RDS instances."),
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
                "The resource pool and resource pool strategy used when creating instances. After you set this parameter, note the following:\nThis parameter takes effect only when creating pay-as-you-go instances.\nThis parameter cannot be set together with private_pool_options.match_criteria or private_pool_options.id.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_policy",
            flag: "scaling-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scaling group mode. Valid values:\n\n- `release`: standard mode. Scales in or out by creating or releasing ECS instances based on resource usage.\n- `recycle`: swift mode. Scales in or out by creating, stopping, or starting ECS instances, which improves the speed of subsequent scaling operations. Stopped instances are not charged for compute resources, but storage fees still apply, except for instances with local disks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_ids",
            flag: "security-group-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of security group IDs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_instance_pools",
            flag: "spot-instance-pools",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of available instance types. The scaling group creates spot instances of multiple types at the lowest cost. Valid values: \\[1,10\\].",
            ),
            minimum: Some(1i64),
            maximum: Some(10i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_instance_remedy",
            flag: "spot-instance-remedy",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable spot instance supplementation. If enabled, when a system message is received indicating that a spot instance will be reclaimed, the scaling group attempts to create a new instance to replace the spot instance that is to be reclaimed. Valid values:\n\n- `true`: Enables spot instance supplementation.\n- `false`: Disables spot instance supplementation.",
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
                "The price limit configurations for spot instances.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_strategy",
            flag: "spot-strategy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of spot instance. Valid values:\n\n- `NoSpot`: non-spot instance.\n- `SpotWithPriceLimit`: spot instance with a price limit.\n- `SpotAsPriceGo`: spot instance priced at the market price at the time of purchase.\n\nFor more information, see [Spot instances](https://help.aliyun.com/document_detail/157759.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_bursting_enabled",
            flag: "system-disk-bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable burst (performance bursting) for the node system cloud disk. Valid values:\n\n- true: Enabled. After burst is enabled, the cloud disk temporarily improves its performance to handle sudden data read/write pressure from fluctuating workloads until the workload returns to a steady state.\n- false: Disabled.\n\nThis parameter is supported only when `system_disk_category` is set to `cloud_auto`. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_categories",
            flag: "system-disk-categories",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The multiple cloud disk types for the system cloud disk. If the cloud disk type with a higher priority cannot be used, the system automatically attempts the next priority cloud disk type to create the system cloud disk.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_category",
            flag: "system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the node system cloud disk. Valid values:\n\n- `cloud_efficiency`: ultra cloud disk.\n- `cloud_ssd`: standard SSD.\n- `cloud_essd`: ESSD.\n- `cloud_auto`: ESSD AutoPL cloud disk.\n- `cloud_essd_entry`: ESSD Entry cloud disk.\n\nDefault value: `cloud_efficiency`.",
            ),
            default: Some("\"cloud_efficiency\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_encrypt_algorithm",
            flag: "system-disk-encrypt-algorithm",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The encryption algorithm used by the system cloud disk. Valid value: aes-256.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_encrypted",
            flag: "system-disk-encrypted",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to encrypt the system cloud disk. Valid values:\n\n- true: Encrypted.\n\n- false: Not encrypted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_kms_key_id",
            flag: "system-disk-kms-key-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The KMS key ID used by the system cloud disk.",
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
                "The performance level of the node system cloud disk. This parameter takes effect only for ESSD cloud disks. The performance level varies based on the cloud disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).\n\n- PL0: moderate maximum concurrent I/O performance with relatively stable read/write latency.\n- PL1: moderate maximum concurrent I/O performance with relatively stable read/write latency.\n- PL2: high maximum concurrent I/O performance with stable read/write latency.\n- PL3: ultra-high maximum concurrent I/O performance with extremely stable read/write latency.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_provisioned_iops",
            flag: "system-disk-provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The provisioned read/write IOPS of the node system cloud disk.\n\nValid values: 0 to min{50,000, 1000 × capacity - baseline performance}. Baseline performance = min{1,800 + 50 × capacity, 50000}.\n\nThis parameter is supported only when `system_disk_category` is set to `cloud_auto`. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_size",
            flag: "system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The size of the node system cloud disk, in GiB.\n\nValid values: \\[20,2048\\].\n\nThe value of this parameter must be greater than or equal to max{20, ImageSize}.\n\nDefault value: max{40, image size corresponding to the ImageId parameter}.",
            ),
            minimum: Some(20i64),
            maximum: Some(2048i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_snapshot_policy_id",
            flag: "system-disk-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The snapshot policy for the system cloud disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The tags that are added only to ECS instances.\n\nTag keys cannot be duplicated and can be up to 128 characters in length. Tag keys and tag values cannot start with \"aliyun\" or \"acs:\", or contain \"https://\" or \"http://\".",
            ),
            list: true,
            max_items: Some(128u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of vSwitch IDs. Valid values: 1 to 8.\n\n> To ensure high availability, select vSwitches in different zones.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
