// @generated from spec/cs/2015-12-15/types/ScalingGroup.json by `cargo xtask codegen`; do not edit.
//! The `ScalingGroup` data type.

/// The scaling group configuration of the node pool.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ScalingGroup {
    /// Specifies whether to enable auto-renewal for nodes in the node pool. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values:
    ///
    /// - `true`: enables auto-renewal.
    /// - `false`: disables auto-renewal.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `auto_renew`.
    #[serde(rename = "auto_renew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// The duration of each auto-renewal. Valid values:
    ///
    /// - When PeriodUnit is set to Week: 1, 2, and 3.
    /// - When PeriodUnit is set to Month: 1, 2, 3, 6, 12, 24, 36, 48, and 60.
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
    /// **\[Deprecated\]** Use the `security_hardening_os` parameter instead.
    ///
    /// Wire name: `cis_enabled`.
    #[serde(rename = "cis_enabled", default, skip_serializing_if = "Option::is_none")]
    pub cis_enabled: Option<bool>,
    /// Specifies whether to automatically create pay-as-you-go instances to meet the required number of ECS instances when spot instances cannot be created due to price or inventory issues and `multi_az_policy` is set to `COST_OPTIMIZED`. Valid values:
    ///
    /// - `true`: automatically creates pay-as-you-go instances to meet the required number of ECS instances.
    /// - `false`: does not automatically create pay-as-you-go instances.
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
    /// The data cloud disk configuration for nodes in the node pool.
    ///
    /// Wire name: `data_disks`.
    #[serde(rename = "data_disks", default, skip_serializing_if = "Option::is_none")]
    pub data_disks: Option<Vec<crate::types::DataDisk>>,
    /// The ID of the deployment set. You can use a deployment set to distribute ECS instances created by the node pool across different physical servers to ensure high availability and underlying disaster recovery capabilities. When creating ECS instances in a deployment set, the instances are started in a distributed manner in the specified region based on the predefined deployment policy.
    ///
    /// > Notice: After you select a deployment set, the maximum number of nodes in the node pool is limited. By default, a deployment set supports up to 20 × the number of zones nodes. The number of zones is determined by the vSwitches. Proceed with caution and ensure that the quota in the deployment set is sufficient to prevent node scale-out failures.\</notice>
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
    /// This is the total number of nodes that the node pool should maintain. We recommend that you configure at least two nodes to ensure the normal operation of cluster components. You can scale out or scale in the node pool by adjusting the expected number of nodes.
    ///
    /// If you do not need to create nodes, set this parameter to 0 and manually increase the number of nodes later.
    ///
    /// Wire name: `desired_size`.
    #[serde(rename = "desired_size", default, skip_serializing_if = "Option::is_none")]
    pub desired_size: Option<i64>,
    /// The block device initialization configuration.
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
    /// The ID of the custom image. By default, the system-provided image is used.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The type of the operating system image. We recommend that you use this field to specify the operating system for nodes. Valid values:
    ///
    /// - `AliyunLinux`: Alinux2 image.
    /// - `AliyunLinuxSecurity`: Alinux2 UEFI image.
    /// - `AliyunLinux3`: Alinux3 image.
    /// - `AliyunLinux3Arm64`: Alinux3 ARM image.
    /// - `AliyunLinux3Security`: Alinux3 UEFI image.
    /// - `CentOS`: CentOS image.
    /// - `Windows`: Windows image.
    /// - `WindowsCore`: Windows Core image.
    /// - `ContainerOS`: container-optimized image.
    /// - `AliyunLinux3ContainerOptimized`: Alinux3 container-optimized image.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// The billing method for nodes in the node pool. Valid values:
    ///
    /// - `PrePaid`: subscription.
    ///
    /// - `PostPaid`: pay-as-you-go.
    ///
    /// Default value: `PostPaid`.
    ///
    /// Required. Default: `"PostPaid"`.
    ///
    /// Wire name: `instance_charge_type`.
    #[serde(rename = "instance_charge_type")]
    pub instance_charge_type: String,
    /// The instance metadata access configuration for ECS instances.
    ///
    /// Wire name: `instance_metadata_options`.
    #[serde(
        rename = "instance_metadata_options",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_options: Option<crate::types::InstanceMetadataOptions>,
    /// The instance property configuration.
    ///
    /// Wire name: `instance_patterns`.
    #[serde(
        rename = "instance_patterns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_patterns: Option<Vec<crate::types::InstancePatterns>>,
    /// The list of instance types for nodes in the node pool. When the node pool scales out nodes, it selects instance types that meet the requirements from the specified list to create instances.
    ///
    /// Supported number of instance types: 1 to 10.
    ///
    /// > To ensure high availability, we recommend that you select multiple instance types.
    ///
    /// Required.
    ///
    /// Wire name: `instance_types`.
    #[serde(rename = "instance_types")]
    pub instance_types: Vec<String>,
    /// The billing method for the public IP address. Valid values:
    ///
    /// - `PayByBandwidth`: pay-by-bandwidth.
    /// - `PayByTraffic`: pay-by-data-transfer.
    ///
    /// Wire name: `internet_charge_type`.
    #[serde(
        rename = "internet_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_charge_type: Option<String>,
    /// The maximum outbound bandwidth for the public IP address of the node. Unit: Mbit/s. Valid values: 1 to 100.
    ///
    /// Wire name: `internet_max_bandwidth_out`.
    #[serde(
        rename = "internet_max_bandwidth_out",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internet_max_bandwidth_out: Option<i64>,
    /// The name of the key pair for passwordless logon. This parameter and `login_password` are mutually exclusive.
    ///
    /// > If the node pool uses the ContainerOS operating system, only `key_pair` is supported.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// Specifies whether to log on to the created ECS instances as a non-root user. Valid values:
    ///
    /// - `true`: logs on as a non-root user (ecs-user).
    ///
    /// - `false`: logs on as the root user.
    ///
    /// Wire name: `login_as_non_root`.
    #[serde(
        rename = "login_as_non_root",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub login_as_non_root: Option<bool>,
    /// The SSH logon password. You must specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.
    ///
    /// Wire name: `login_password`.
    #[serde(rename = "login_password", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The scaling policy for ECS instances in a multi-zone scaling group. Valid values:
    ///
    /// - `PRIORITY`: Scales instances based on the vSwitches (VSwitchIds.N) that you specify. If ECS instances cannot be created in the zone of the vSwitch with the highest priority, the system automatically uses the vSwitch with the next highest priority to create ECS instances.
    ///
    /// - `COST_OPTIMIZED`: Attempts to create instances based on the vCPU unit price from low to high. When the scaling configuration specifies multiple instance types with the spot billing method, the system preferentially creates the corresponding spot instances. You can use the `CompensateWithOnDemand` parameter to specify whether to automatically create pay-as-you-go instances when spot instances cannot be created due to inventory shortages or other reasons.
    ///
    /// > `COST_OPTIMIZED` takes effect only when the scaling configuration specifies multiple instance types or uses spot instances.
    ///
    /// - `BALANCE`: Evenly allocates ECS instances across the multiple zones specified in the scaling group. If the instances are unevenly distributed across zones due to inventory shortages, you can call the [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html) API operation to balance the resources.
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
    /// The minimum number of pay-as-you-go instances required by the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances.
    ///
    /// Wire name: `on_demand_base_capacity`.
    #[serde(
        rename = "on_demand_base_capacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_base_capacity: Option<i64>,
    /// The percentage of pay-as-you-go instances among the excess instances after the scaling group meets the minimum number of pay-as-you-go instances (`on_demand_base_capacity`). Valid values: 0 to 100.
    ///
    /// Wire name: `on_demand_percentage_above_base_capacity`.
    #[serde(
        rename = "on_demand_percentage_above_base_capacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_percentage_above_base_capacity: Option<i64>,
    /// The subscription duration for nodes in the node pool. This parameter is required and takes effect only when `instance_charge_type` is set to `PrePaid`.
    ///
    /// - When `period_unit` is set to `Week`, valid values for `period` are 1, 2, 3, and 4.
    /// - When `period_unit` is set to `Month`, valid values for `period` are 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, and 60.
    ///
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`. Valid values:
    ///
    /// - `Month`: Uses month as the time unit.
    /// - `Week`: Uses week as the time unit.
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
    /// The operating system distribution. Valid values:
    ///
    /// - `CentOS`
    /// - `AliyunLinux`
    /// - `Windows`
    /// - `WindowsCore`
    ///
    /// Default value: `AliyunLinux`.
    ///
    /// Default: `"AliyunLinux"`.
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
    /// The name of the worker RAM role.
    ///
    /// - If this parameter is left empty, the default worker RAM role created for the cluster is used.
    /// - If this parameter is specified, the RAM role must be a **normal service role** and its **trusted service** must be set to **ECS**. For more information, see [Create a normal service role](https://help.aliyun.com/document_detail/116800.html). If the specified RAM role is not the default worker RAM role created for the cluster, the role name cannot start with `KubernetesMasterRole-` or `KubernetesWorkerRole-`.
    ///
    /// > Notice: This parameter is supported only by ACK managed clusters of version 1.22 and later.\</notice>
    ///
    /// Wire name: `ram_role_name`.
    #[serde(rename = "ram_role_name", default, skip_serializing_if = "Option::is_none")]
    pub ram_role_name: Option<String>,
    /// The list of ApsaraDB RDS instances.
    ///
    /// Wire name: `rds_instances`.
    #[serde(rename = "rds_instances", default, skip_serializing_if = "Option::is_none")]
    pub rds_instances: Option<Vec<String>>,
    /// The resource pool and resource pool policy used for creating instances. Take note of the following items when you configure this parameter:
    /// This parameter takes effect only when you create pay-as-you-go instances.
    /// This parameter cannot be configured at the same time as private_pool_options.match_criteria and private_pool_options.id.
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
    /// - release: Standard mode. Instances are scaled by creating and releasing ECS instances based on the requested resource usage.
    /// - recycle: Swift mode. Instances are scaled by creating, stopping, and starting instances to improve the speed of subsequent scaling operations. When an instance is stopped, you are not charged for compute resources, but you are still charged for storage resources, except for instances with local disks.
    ///
    /// Default value: release.
    ///
    /// Default: `"release"`.
    ///
    /// Wire name: `scaling_policy`.
    #[serde(rename = "scaling_policy", default, skip_serializing_if = "Option::is_none")]
    pub scaling_policy: Option<String>,
    /// The security group ID of the node pool. You can specify this parameter or security_group_ids. We recommend that you use security_group_ids.
    ///
    /// Wire name: `security_group_id`.
    #[serde(
        rename = "security_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The list of security group IDs. You can specify this parameter or security_group_id. We recommend that you use security_group_ids. If you specify both security_group_id and security_group_ids, security_group_ids takes precedence.
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
    /// - true: enables Alibaba Cloud OS security hardening.
    /// - false: does not enable Alibaba Cloud OS security hardening.
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
    /// Specifies whether to enable MLPS 2.0 security hardening. You can enable this feature for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides classified protection compliance baseline check standards and scanning programs for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images.
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
    /// Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message that a spot instance is to be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values:
    ///
    /// - true: enables spot instance replenishment.
    /// - false: does not enable spot instance replenishment.
    ///
    /// Wire name: `spot_instance_remedy`.
    #[serde(
        rename = "spot_instance_remedy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_instance_remedy: Option<bool>,
    /// The market price range configuration for a single spot instance type.
    ///
    /// Wire name: `spot_price_limit`.
    #[serde(
        rename = "spot_price_limit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_price_limit: Option<Vec<crate::types::SpotPriceLimit>>,
    /// The spot instance strategy. Valid values:
    ///
    /// - NoSpot: pay-as-you-go instance.
    /// - SpotWithPriceLimit: sets the maximum price for spot instances.
    /// - SpotAsPriceGo: uses the system"s automatic bidding, which follows the actual market price.
    ///
    /// For more information, see [Spot instances](https://help.aliyun.com/document_detail/165053.html).
    ///
    /// Wire name: `spot_strategy`.
    #[serde(rename = "spot_strategy", default, skip_serializing_if = "Option::is_none")]
    pub spot_strategy: Option<String>,
    /// Specifies whether to enable performance burst for the system disk of the node. Valid values:
    ///
    /// - true: yes.
    /// - false: no.
    ///
    /// This parameter is supported only when system_disk_category is set to cloud_auto. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).
    ///
    /// Wire name: `system_disk_bursting_enabled`.
    #[serde(
        rename = "system_disk_bursting_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_bursting_enabled: Option<bool>,
    /// The categories of the system disk. If the system disk cannot be created by using a disk category with a higher priority, the system automatically tries the next disk category in the priority list.
    ///
    /// Wire name: `system_disk_categories`.
    #[serde(
        rename = "system_disk_categories",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_categories: Option<Vec<String>>,
    /// The system disk category of the node. Valid values:
    ///
    /// - cloud_efficiency: ultra disk.
    /// - cloud_ssd: standard SSD.
    /// - cloud_essd: ESSD.
    /// - cloud_auto: ESSD AutoPL cloud disk.
    /// - cloud_essd_entry: ESSD Entry cloud disk.
    ///
    /// Default value: cloud_efficiency.
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
    /// - true: encrypts the system disk.
    /// - false: does not encrypt the system disk.
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
    /// The performance level of the system cloud disk for nodes. This parameter takes effect only for ESSDs, not standard SSD. The performance level varies based on the disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values:
    ///
    /// - PL0: Medium concurrent I/O performance and relatively stable read/write latency.
    /// - PL1: Medium concurrent I/O performance and relatively stable read/write latency.
    /// - PL2: High concurrent I/O performance and stable read/write latency.
    /// - PL3: Ultra-high concurrent I/O performance and highly stable read/write latency.
    ///
    /// Wire name: `system_disk_performance_level`.
    #[serde(
        rename = "system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_performance_level: Option<crate::types::SystemDiskPerformanceLevel>,
    /// The provisioned read/write IOPS for the system disk.
    /// Valid values: 0 to min{50,000, 1000 × Capacity - Baseline performance}. Baseline performance = min{1,800 + 50 × Capacity, 50000}.
    /// This parameter is supported only when system_disk_category is set to cloud_auto. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).
    ///
    /// Wire name: `system_disk_provisioned_iops`.
    #[serde(
        rename = "system_disk_provisioned_iops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_disk_provisioned_iops: Option<i64>,
    /// The size of the system disk. Unit: GiB.
    /// Valid values: 20 to 2048.
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
    /// Adds tags only to ECS instances.
    /// Tag keys must be unique and can be up to 128 characters in length. Tag keys and tag values cannot start with "aliyun" or "acs:", or contain "https://" or "http://".
    ///
    /// At most 128 items.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tags>>,
    /// The list of vSwitch IDs. You can specify 1 to 8 vSwitch IDs.
    ///
    /// > To ensure high availability, we recommend that you select vSwitches in different zones.
    ///
    /// Required.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids")]
    pub vswitch_ids: Vec<String>,
}

impl ScalingGroup {
    /// A `ScalingGroup` with its required members `instance_charge_type`, `instance_types`, `vswitch_ids`.
    pub fn new(
        instance_charge_type: impl Into<String>,
        instance_types: impl IntoIterator<Item = impl Into<String>>,
        vswitch_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        Self {
            auto_renew: None,
            auto_renew_period: None,
            cis_enabled: None,
            compensate_with_on_demand: None,
            cpu_options: None,
            data_disks: None,
            deploymentset_id: None,
            desired_size: None,
            disk_init: None,
            enable_high_density_mode: None,
            image_id: None,
            image_type: None,
            instance_charge_type: instance_charge_type.into(),
            instance_metadata_options: None,
            instance_patterns: None,
            instance_types: instance_types.into_iter().map(Into::into).collect(),
            internet_charge_type: None,
            internet_max_bandwidth_out: None,
            key_pair: None,
            login_as_non_root: None,
            login_password: None,
            multi_az_policy: None,
            on_demand_base_capacity: None,
            on_demand_percentage_above_base_capacity: None,
            period: None,
            period_unit: None,
            platform: None,
            private_pool_options: None,
            ram_role_name: None,
            rds_instances: None,
            resource_pool_options: None,
            scaling_policy: None,
            security_group_id: None,
            security_group_ids: None,
            security_hardening_os: None,
            soc_enabled: None,
            spot_instance_pools: None,
            spot_instance_remedy: None,
            spot_price_limit: None,
            spot_strategy: None,
            system_disk_bursting_enabled: None,
            system_disk_categories: None,
            system_disk_category: None,
            system_disk_encrypt_algorithm: None,
            system_disk_encrypted: None,
            system_disk_kms_key_id: None,
            system_disk_performance_level: None,
            system_disk_provisioned_iops: None,
            system_disk_size: None,
            system_disk_snapshot_policy_id: None,
            tags: None,
            vswitch_ids: vswitch_ids.into_iter().map(Into::into).collect(),
        }
    }

    /// Sets `auto_renew`: Specifies whether to enable auto-renewal for nodes in the node pool. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values:.
    pub fn with_auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = Some(value);
        self
    }

    /// Sets `auto_renew_period`: The duration of each auto-renewal. Valid values:.
    pub fn with_auto_renew_period(mut self, value: i64) -> Self {
        self.auto_renew_period = Some(value);
        self
    }

    /// Sets `cis_enabled`: **\[Deprecated\]** Use the `security_hardening_os` parameter instead.
    pub fn with_cis_enabled(mut self, value: bool) -> Self {
        self.cis_enabled = Some(value);
        self
    }

    /// Sets `compensate_with_on_demand`: Specifies whether to automatically create pay-as-you-go instances to meet the required number of ECS instances when spot instances cannot be created due to price or inventory issues and `multi_az_policy` is set to `COST_OPTIMIZED`. Valid values:.
    pub fn with_compensate_with_on_demand(mut self, value: bool) -> Self {
        self.compensate_with_on_demand = Some(value);
        self
    }

    /// Sets `cpu_options`: The CPU-related configuration options.
    pub fn with_cpu_options(
        mut self,
        value: impl Into<crate::types::CpuOptions>,
    ) -> Self {
        self.cpu_options = Some(value.into());
        self
    }

    /// Sets `data_disks`: The data cloud disk configuration for nodes in the node pool.
    pub fn with_data_disks(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::DataDisk>>,
    ) -> Self {
        self.data_disks = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `deploymentset_id`: The ID of the deployment set. You can use a deployment set to distribute ECS instances created by the node pool across different physical servers to ensure high availability and underlying disaster recovery capabilities. When creating ECS instances in a deployment set, the instances are started in a distributed manner in the specified region based on the predefined deployment policy.
    pub fn with_deploymentset_id(mut self, value: impl Into<String>) -> Self {
        self.deploymentset_id = Some(value.into());
        self
    }

    /// Sets `desired_size`: The expected number of nodes in the node pool.
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

    /// Sets `enable_high_density_mode`: Specifies whether to enable the high-density cloud disk mode. This mode is supported only when the node pool uses instance types. After this mode is enabled, the total number of system cloud disks and data cloud disks does not exceed the maximum number of high-density cloud disks supported by the instance type.
    pub fn with_enable_high_density_mode(mut self, value: bool) -> Self {
        self.enable_high_density_mode = Some(value);
        self
    }

    /// Sets `image_id`: The ID of the custom image. By default, the system-provided image is used.
    pub fn with_image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `image_type`: The type of the operating system image. We recommend that you use this field to specify the operating system for nodes. Valid values:.
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

    /// Sets `instance_patterns`: The instance property configuration.
    pub fn with_instance_patterns(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::InstancePatterns>>,
    ) -> Self {
        self.instance_patterns = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `internet_charge_type`: The billing method for the public IP address. Valid values:.
    pub fn with_internet_charge_type(mut self, value: impl Into<String>) -> Self {
        self.internet_charge_type = Some(value.into());
        self
    }

    /// Sets `internet_max_bandwidth_out`: The maximum outbound bandwidth for the public IP address of the node. Unit: Mbit/s. Valid values: 1 to 100.
    pub fn with_internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = Some(value);
        self
    }

    /// Sets `key_pair`: The name of the key pair for passwordless logon. This parameter and `login_password` are mutually exclusive.
    pub fn with_key_pair(mut self, value: impl Into<String>) -> Self {
        self.key_pair = Some(value.into());
        self
    }

    /// Sets `login_as_non_root`: Specifies whether to log on to the created ECS instances as a non-root user. Valid values:.
    pub fn with_login_as_non_root(mut self, value: bool) -> Self {
        self.login_as_non_root = Some(value);
        self
    }

    /// Sets `login_password`: The SSH logon password. You must specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `multi_az_policy`: The scaling policy for ECS instances in a multi-zone scaling group. Valid values:.
    pub fn with_multi_az_policy(
        mut self,
        value: impl Into<crate::types::MultiAzPolicy>,
    ) -> Self {
        self.multi_az_policy = Some(value.into());
        self
    }

    /// Sets `on_demand_base_capacity`: The minimum number of pay-as-you-go instances required by the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances.
    pub fn with_on_demand_base_capacity(mut self, value: i64) -> Self {
        self.on_demand_base_capacity = Some(value);
        self
    }

    /// Sets `on_demand_percentage_above_base_capacity`: The percentage of pay-as-you-go instances among the excess instances after the scaling group meets the minimum number of pay-as-you-go instances (`on_demand_base_capacity`). Valid values: 0 to 100.
    pub fn with_on_demand_percentage_above_base_capacity(mut self, value: i64) -> Self {
        self.on_demand_percentage_above_base_capacity = Some(value);
        self
    }

    /// Sets `period`: The subscription duration for nodes in the node pool. This parameter is required and takes effect only when `instance_charge_type` is set to `PrePaid`.
    pub fn with_period(mut self, value: i64) -> Self {
        self.period = Some(value);
        self
    }

    /// Sets `period_unit`: The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`. Valid values:.
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

    /// Sets `ram_role_name`: The name of the worker RAM role.
    pub fn with_ram_role_name(mut self, value: impl Into<String>) -> Self {
        self.ram_role_name = Some(value.into());
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

    /// Sets `resource_pool_options`: The resource pool and resource pool policy used for creating instances. Take note of the following items when you configure this parameter: This parameter takes effect only when you create pay-as-you-go instances. This parameter cannot be configured at the same time as private_pool_options.match_criteria and private_pool_options.id.
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

    /// Sets `security_group_id`: The security group ID of the node pool. You can specify this parameter or security_group_ids. We recommend that you use security_group_ids.
    pub fn with_security_group_id(mut self, value: impl Into<String>) -> Self {
        self.security_group_id = Some(value.into());
        self
    }

    /// Sets `security_group_ids`: The list of security group IDs. You can specify this parameter or security_group_id. We recommend that you use security_group_ids. If you specify both security_group_id and security_group_ids, security_group_ids takes precedence.
    pub fn with_security_group_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.security_group_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `security_hardening_os`: Specifies whether to enable Alibaba Cloud OS security hardening. Valid values:.
    pub fn with_security_hardening_os(mut self, value: bool) -> Self {
        self.security_hardening_os = Some(value);
        self
    }

    /// Sets `soc_enabled`: Specifies whether to enable MLPS 2.0 security hardening. You can enable this feature for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides classified protection compliance baseline check standards and scanning programs for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images.
    pub fn with_soc_enabled(mut self, value: bool) -> Self {
        self.soc_enabled = Some(value);
        self
    }

    /// Sets `spot_instance_pools`: The number of available instance types. The scaling group evenly creates spot instances across multiple instance types with the lowest costs. Valid values: 1 to 10.
    pub fn with_spot_instance_pools(mut self, value: i64) -> Self {
        self.spot_instance_pools = Some(value);
        self
    }

    /// Sets `spot_instance_remedy`: Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message that a spot instance is to be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values:.
    pub fn with_spot_instance_remedy(mut self, value: bool) -> Self {
        self.spot_instance_remedy = Some(value);
        self
    }

    /// Sets `spot_price_limit`: The market price range configuration for a single spot instance type.
    pub fn with_spot_price_limit(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::SpotPriceLimit>>,
    ) -> Self {
        self.spot_price_limit = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `spot_strategy`: The spot instance strategy. Valid values:.
    pub fn with_spot_strategy(mut self, value: impl Into<String>) -> Self {
        self.spot_strategy = Some(value.into());
        self
    }

    /// Sets `system_disk_bursting_enabled`: Specifies whether to enable performance burst for the system disk of the node. Valid values:.
    pub fn with_system_disk_bursting_enabled(mut self, value: bool) -> Self {
        self.system_disk_bursting_enabled = Some(value);
        self
    }

    /// Sets `system_disk_categories`: The categories of the system disk. If the system disk cannot be created by using a disk category with a higher priority, the system automatically tries the next disk category in the priority list.
    pub fn with_system_disk_categories(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.system_disk_categories = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `system_disk_category`: The system disk category of the node. Valid values:.
    pub fn with_system_disk_category(mut self, value: impl Into<String>) -> Self {
        self.system_disk_category = Some(value.into());
        self
    }

    /// Sets `system_disk_encrypt_algorithm`: The encryption algorithm used for the system disk. Valid value: aes-256.
    pub fn with_system_disk_encrypt_algorithm(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.system_disk_encrypt_algorithm = Some(value.into());
        self
    }

    /// Sets `system_disk_encrypted`: Specifies whether to encrypt the system disk. Valid values:.
    pub fn with_system_disk_encrypted(mut self, value: bool) -> Self {
        self.system_disk_encrypted = Some(value);
        self
    }

    /// Sets `system_disk_kms_key_id`: The ID of the KMS key used for the system disk.
    pub fn with_system_disk_kms_key_id(mut self, value: impl Into<String>) -> Self {
        self.system_disk_kms_key_id = Some(value.into());
        self
    }

    /// Sets `system_disk_performance_level`: The performance level of the system cloud disk for nodes. This parameter takes effect only for ESSDs, not standard SSD. The performance level varies based on the disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values:.
    pub fn with_system_disk_performance_level(
        mut self,
        value: impl Into<crate::types::SystemDiskPerformanceLevel>,
    ) -> Self {
        self.system_disk_performance_level = Some(value.into());
        self
    }

    /// Sets `system_disk_provisioned_iops`: The provisioned read/write IOPS for the system disk. Valid values: 0 to min{50,000, 1000 × Capacity - Baseline performance}. Baseline performance = min{1,800 + 50 × Capacity, 50000}. This parameter is supported only when system_disk_category is set to cloud_auto. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).
    pub fn with_system_disk_provisioned_iops(mut self, value: i64) -> Self {
        self.system_disk_provisioned_iops = Some(value);
        self
    }

    /// Sets `system_disk_size`: The size of the system disk. Unit: GiB. Valid values: 20 to 2048.
    pub fn with_system_disk_size(mut self, value: i64) -> Self {
        self.system_disk_size = Some(value);
        self
    }

    /// Sets `system_disk_snapshot_policy_id`: The snapshot policy for the system disk.
    pub fn with_system_disk_snapshot_policy_id(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.system_disk_snapshot_policy_id = Some(value.into());
        self
    }

    /// Sets `tags`: Adds tags only to ECS instances. Tag keys must be unique and can be up to 128 characters in length. Tag keys and tag values cannot start with "aliyun" or "acs:", or contain "https://" or "http://".
    pub fn with_tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Tags>>,
    ) -> Self {
        self.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Specifies whether to enable auto-renewal for nodes in the node pool. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values: (`auto_renew`).
    pub fn auto_renew(&self) -> Option<bool> {
        self.auto_renew
    }

    /// The duration of each auto-renewal. Valid values: (`auto_renew_period`).
    pub fn auto_renew_period(&self) -> Option<i64> {
        self.auto_renew_period
    }

    /// **\[Deprecated\]** Use the `security_hardening_os` parameter instead (`cis_enabled`).
    pub fn cis_enabled(&self) -> Option<bool> {
        self.cis_enabled
    }

    /// Specifies whether to automatically create pay-as-you-go instances to meet the required number of ECS instances when spot instances cannot be created due to price or inventory issues and `multi_az_policy` is set to `COST_OPTIMIZED`. Valid values: (`compensate_with_on_demand`).
    pub fn compensate_with_on_demand(&self) -> Option<bool> {
        self.compensate_with_on_demand
    }

    /// The CPU-related configuration options (`cpu_options`).
    pub fn cpu_options(&self) -> Option<&crate::types::CpuOptions> {
        self.cpu_options.as_ref()
    }

    /// The data cloud disk configuration for nodes in the node pool (`data_disks`).
    pub fn data_disks(&self) -> &[crate::types::DataDisk] {
        self.data_disks.as_deref().unwrap_or_default()
    }

    /// The ID of the deployment set. You can use a deployment set to distribute ECS instances created by the node pool across different physical servers to ensure high availability and underlying disaster recovery capabilities. When creating ECS instances in a deployment set, the instances are started in a distributed manner in the specified region based on the predefined deployment policy (`deploymentset_id`).
    pub fn deploymentset_id(&self) -> Option<&str> {
        self.deploymentset_id.as_deref()
    }

    /// The expected number of nodes in the node pool (`desired_size`).
    pub fn desired_size(&self) -> Option<i64> {
        self.desired_size
    }

    /// The block device initialization configuration (`disk_init`).
    pub fn disk_init(&self) -> &[crate::types::DiskInit] {
        self.disk_init.as_deref().unwrap_or_default()
    }

    /// Specifies whether to enable the high-density cloud disk mode. This mode is supported only when the node pool uses instance types. After this mode is enabled, the total number of system cloud disks and data cloud disks does not exceed the maximum number of high-density cloud disks supported by the instance type (`enable_high_density_mode`).
    pub fn enable_high_density_mode(&self) -> Option<bool> {
        self.enable_high_density_mode
    }

    /// The ID of the custom image. By default, the system-provided image is used (`image_id`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The type of the operating system image. We recommend that you use this field to specify the operating system for nodes. Valid values: (`image_type`).
    pub fn image_type(&self) -> Option<&str> {
        self.image_type.as_deref()
    }

    /// The billing method for nodes in the node pool. Valid values: (`instance_charge_type`).
    pub fn instance_charge_type(&self) -> &str {
        &self.instance_charge_type
    }

    /// The instance metadata access configuration for ECS instances (`instance_metadata_options`).
    pub fn instance_metadata_options(
        &self,
    ) -> Option<&crate::types::InstanceMetadataOptions> {
        self.instance_metadata_options.as_ref()
    }

    /// The instance property configuration (`instance_patterns`).
    pub fn instance_patterns(&self) -> &[crate::types::InstancePatterns] {
        self.instance_patterns.as_deref().unwrap_or_default()
    }

    /// The list of instance types for nodes in the node pool. When the node pool scales out nodes, it selects instance types that meet the requirements from the specified list to create instances (`instance_types`).
    pub fn instance_types(&self) -> &[String] {
        &self.instance_types
    }

    /// The billing method for the public IP address. Valid values: (`internet_charge_type`).
    pub fn internet_charge_type(&self) -> Option<&str> {
        self.internet_charge_type.as_deref()
    }

    /// The maximum outbound bandwidth for the public IP address of the node. Unit: Mbit/s. Valid values: 1 to 100 (`internet_max_bandwidth_out`).
    pub fn internet_max_bandwidth_out(&self) -> Option<i64> {
        self.internet_max_bandwidth_out
    }

    /// The name of the key pair for passwordless logon. This parameter and `login_password` are mutually exclusive (`key_pair`).
    pub fn key_pair(&self) -> Option<&str> {
        self.key_pair.as_deref()
    }

    /// Specifies whether to log on to the created ECS instances as a non-root user. Valid values: (`login_as_non_root`).
    pub fn login_as_non_root(&self) -> Option<bool> {
        self.login_as_non_root
    }

    /// The SSH logon password. You must specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters (`login_password`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The scaling policy for ECS instances in a multi-zone scaling group. Valid values: (`multi_az_policy`).
    pub fn multi_az_policy(&self) -> Option<&crate::types::MultiAzPolicy> {
        self.multi_az_policy.as_ref()
    }

    /// The minimum number of pay-as-you-go instances required by the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances (`on_demand_base_capacity`).
    pub fn on_demand_base_capacity(&self) -> Option<i64> {
        self.on_demand_base_capacity
    }

    /// The percentage of pay-as-you-go instances among the excess instances after the scaling group meets the minimum number of pay-as-you-go instances (`on_demand_base_capacity`). Valid values: 0 to 100 (`on_demand_percentage_above_base_capacity`).
    pub fn on_demand_percentage_above_base_capacity(&self) -> Option<i64> {
        self.on_demand_percentage_above_base_capacity
    }

    /// The subscription duration for nodes in the node pool. This parameter is required and takes effect only when `instance_charge_type` is set to `PrePaid` (`period`).
    pub fn period(&self) -> Option<i64> {
        self.period
    }

    /// The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`. Valid values: (`period_unit`).
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

    /// The name of the worker RAM role (`ram_role_name`).
    pub fn ram_role_name(&self) -> Option<&str> {
        self.ram_role_name.as_deref()
    }

    /// The list of ApsaraDB RDS instances (`rds_instances`).
    pub fn rds_instances(&self) -> &[String] {
        self.rds_instances.as_deref().unwrap_or_default()
    }

    /// The resource pool and resource pool policy used for creating instances. Take note of the following items when you configure this parameter: This parameter takes effect only when you create pay-as-you-go instances. This parameter cannot be configured at the same time as private_pool_options.match_criteria and private_pool_options.id (`resource_pool_options`).
    pub fn resource_pool_options(&self) -> Option<&crate::types::ResourcePoolOptions> {
        self.resource_pool_options.as_ref()
    }

    /// The scaling group mode. Valid values: (`scaling_policy`).
    pub fn scaling_policy(&self) -> Option<&str> {
        self.scaling_policy.as_deref()
    }

    /// The security group ID of the node pool. You can specify this parameter or security_group_ids. We recommend that you use security_group_ids (`security_group_id`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The list of security group IDs. You can specify this parameter or security_group_id. We recommend that you use security_group_ids. If you specify both security_group_id and security_group_ids, security_group_ids takes precedence (`security_group_ids`).
    pub fn security_group_ids(&self) -> &[String] {
        self.security_group_ids.as_deref().unwrap_or_default()
    }

    /// Specifies whether to enable Alibaba Cloud OS security hardening. Valid values: (`security_hardening_os`).
    pub fn security_hardening_os(&self) -> Option<bool> {
        self.security_hardening_os
    }

    /// Specifies whether to enable MLPS 2.0 security hardening. You can enable this feature for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides classified protection compliance baseline check standards and scanning programs for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images (`soc_enabled`).
    pub fn soc_enabled(&self) -> Option<bool> {
        self.soc_enabled
    }

    /// The number of available instance types. The scaling group evenly creates spot instances across multiple instance types with the lowest costs. Valid values: 1 to 10 (`spot_instance_pools`).
    pub fn spot_instance_pools(&self) -> Option<i64> {
        self.spot_instance_pools
    }

    /// Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message that a spot instance is to be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values: (`spot_instance_remedy`).
    pub fn spot_instance_remedy(&self) -> Option<bool> {
        self.spot_instance_remedy
    }

    /// The market price range configuration for a single spot instance type (`spot_price_limit`).
    pub fn spot_price_limit(&self) -> &[crate::types::SpotPriceLimit] {
        self.spot_price_limit.as_deref().unwrap_or_default()
    }

    /// The spot instance strategy. Valid values: (`spot_strategy`).
    pub fn spot_strategy(&self) -> Option<&str> {
        self.spot_strategy.as_deref()
    }

    /// Specifies whether to enable performance burst for the system disk of the node. Valid values: (`system_disk_bursting_enabled`).
    pub fn system_disk_bursting_enabled(&self) -> Option<bool> {
        self.system_disk_bursting_enabled
    }

    /// The categories of the system disk. If the system disk cannot be created by using a disk category with a higher priority, the system automatically tries the next disk category in the priority list (`system_disk_categories`).
    pub fn system_disk_categories(&self) -> &[String] {
        self.system_disk_categories.as_deref().unwrap_or_default()
    }

    /// The system disk category of the node. Valid values: (`system_disk_category`).
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

    /// The performance level of the system cloud disk for nodes. This parameter takes effect only for ESSDs, not standard SSD. The performance level varies based on the disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values: (`system_disk_performance_level`).
    pub fn system_disk_performance_level(
        &self,
    ) -> Option<&crate::types::SystemDiskPerformanceLevel> {
        self.system_disk_performance_level.as_ref()
    }

    /// The provisioned read/write IOPS for the system disk. Valid values: 0 to min{50,000, 1000 × Capacity - Baseline performance}. Baseline performance = min{1,800 + 50 × Capacity, 50000}. This parameter is supported only when system_disk_category is set to cloud_auto. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html) (`system_disk_provisioned_iops`).
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

    /// Adds tags only to ECS instances. Tag keys must be unique and can be up to 128 characters in length. Tag keys and tag values cannot start with "aliyun" or "acs:", or contain "https://" or "http://" (`tags`).
    pub fn tags(&self) -> &[crate::types::Tags] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The list of vSwitch IDs. You can specify 1 to 8 vSwitch IDs (`vswitch_ids`).
    pub fn vswitch_ids(&self) -> &[String] {
        &self.vswitch_ids
    }
}

impl ScalingGroup {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ScalingGroup",
    description: sdk_shape::Text::en(
        "The scaling group configuration of the node pool.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_renew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto-renewal for nodes in the node pool. This parameter takes effect only when `instance_charge_type` is set to `PrePaid`. Valid values:\n\n- `true`: enables auto-renewal.\n- `false`: disables auto-renewal.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew_period",
            flag: "auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The duration of each auto-renewal. Valid values:\n\n- When PeriodUnit is set to Week: 1, 2, and 3.\n- When PeriodUnit is set to Month: 1, 2, 3, 6, 12, 24, 36, 48, and 60.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cis_enabled",
            flag: "cis-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `security_hardening_os` parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "compensate_with_on_demand",
            flag: "compensate-with-on-demand",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically create pay-as-you-go instances to meet the required number of ECS instances when spot instances cannot be created due to price or inventory issues and `multi_az_policy` is set to `COST_OPTIMIZED`. Valid values:\n\n- `true`: automatically creates pay-as-you-go instances to meet the required number of ECS instances.\n- `false`: does not automatically create pay-as-you-go instances.",
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
                "The data cloud disk configuration for nodes in the node pool.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deploymentset_id",
            flag: "deploymentset-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the deployment set. You can use a deployment set to distribute ECS instances created by the node pool across different physical servers to ensure high availability and underlying disaster recovery capabilities. When creating ECS instances in a deployment set, the instances are started in a distributed manner in the specified region based on the predefined deployment policy.\n\n> Notice: After you select a deployment set, the maximum number of nodes in the node pool is limited. By default, a deployment set supports up to 20 × the number of zones nodes. The number of zones is determined by the vSwitches. Proceed with caution and ensure that the quota in the deployment set is sufficient to prevent node scale-out failures.\\</notice>",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "desired_size",
            flag: "desired-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The expected number of nodes in the node pool.\n\nThis is the total number of nodes that the node pool should maintain. We recommend that you configure at least two nodes to ensure the normal operation of cluster components. You can scale out or scale in the node pool by adjusting the expected number of nodes.\n\nIf you do not need to create nodes, set this parameter to 0 and manually increase the number of nodes later.",
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
                "Specifies whether to enable the high-density cloud disk mode. This mode is supported only when the node pool uses instance types. After this mode is enabled, the total number of system cloud disks and data cloud disks does not exceed the maximum number of high-density cloud disks supported by the instance type.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the custom image. By default, the system-provided image is used.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the operating system image. We recommend that you use this field to specify the operating system for nodes. Valid values:\n\n- `AliyunLinux`: Alinux2 image.\n- `AliyunLinuxSecurity`: Alinux2 UEFI image.\n- `AliyunLinux3`: Alinux3 image.\n- `AliyunLinux3Arm64`: Alinux3 ARM image.\n- `AliyunLinux3Security`: Alinux3 UEFI image.\n- `CentOS`: CentOS image.\n- `Windows`: Windows image.\n- `WindowsCore`: Windows Core image.\n- `ContainerOS`: container-optimized image.\n- `AliyunLinux3ContainerOptimized`: Alinux3 container-optimized image.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_charge_type",
            flag: "instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method for nodes in the node pool. Valid values:\n\n- `PrePaid`: subscription.\n\n- `PostPaid`: pay-as-you-go.\n\nDefault value: `PostPaid`.",
            ),
            required: true,
            default: Some("\"PostPaid\""),
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
            name: "instance_patterns",
            flag: "instance-patterns",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::instance_patterns::SHAPE),
            ),
            description: sdk_shape::Text::en("The instance property configuration."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_types",
            flag: "instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of instance types for nodes in the node pool. When the node pool scales out nodes, it selects instance types that meet the requirements from the specified list to create instances.\n\nSupported number of instance types: 1 to 10.\n\n> To ensure high availability, we recommend that you select multiple instance types.",
            ),
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "internet_charge_type",
            flag: "internet-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method for the public IP address. Valid values:\n\n- `PayByBandwidth`: pay-by-bandwidth.\n- `PayByTraffic`: pay-by-data-transfer.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "internet_max_bandwidth_out",
            flag: "internet-max-bandwidth-out",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum outbound bandwidth for the public IP address of the node. Unit: Mbit/s. Valid values: 1 to 100.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the key pair for passwordless logon. This parameter and `login_password` are mutually exclusive.\n\n> If the node pool uses the ContainerOS operating system, only `key_pair` is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_as_non_root",
            flag: "login-as-non-root",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to log on to the created ECS instances as a non-root user. Valid values:\n\n- `true`: logs on as a non-root user (ecs-user).\n\n- `false`: logs on as the root user.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_password",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SSH logon password. You must specify either this parameter or `key_pair`. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "multi_az_policy",
            flag: "multi-az-policy",
            kind: sdk_shape::Kind::Enum(&crate::types::multi_az_policy::SHAPE),
            description: sdk_shape::Text::en(
                "The scaling policy for ECS instances in a multi-zone scaling group. Valid values:\n\n- `PRIORITY`: Scales instances based on the vSwitches (VSwitchIds.N) that you specify. If ECS instances cannot be created in the zone of the vSwitch with the highest priority, the system automatically uses the vSwitch with the next highest priority to create ECS instances.\n\n- `COST_OPTIMIZED`: Attempts to create instances based on the vCPU unit price from low to high. When the scaling configuration specifies multiple instance types with the spot billing method, the system preferentially creates the corresponding spot instances. You can use the `CompensateWithOnDemand` parameter to specify whether to automatically create pay-as-you-go instances when spot instances cannot be created due to inventory shortages or other reasons.\n\n> `COST_OPTIMIZED` takes effect only when the scaling configuration specifies multiple instance types or uses spot instances.\n\n- `BALANCE`: Evenly allocates ECS instances across the multiple zones specified in the scaling group. If the instances are unevenly distributed across zones due to inventory shortages, you can call the [RebalanceInstances](https://help.aliyun.com/document_detail/71516.html) API operation to balance the resources.\n\nDefault value: `PRIORITY`.",
            ),
            default: Some("\"PRIORITY\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_demand_base_capacity",
            flag: "on-demand-base-capacity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum number of pay-as-you-go instances required by the scaling group. Valid values: 0 to 1000. If the number of pay-as-you-go instances is less than this value, the system preferentially creates pay-as-you-go instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_demand_percentage_above_base_capacity",
            flag: "on-demand-percentage-above-base-capacity",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The percentage of pay-as-you-go instances among the excess instances after the scaling group meets the minimum number of pay-as-you-go instances (`on_demand_base_capacity`). Valid values: 0 to 100.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The subscription duration for nodes in the node pool. This parameter is required and takes effect only when `instance_charge_type` is set to `PrePaid`.\n\n- When `period_unit` is set to `Week`, valid values for `period` are 1, 2, 3, and 4.\n- When `period_unit` is set to `Month`, valid values for `period` are 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, and 60.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period_unit",
            flag: "period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing cycle of nodes in the node pool. This parameter takes effect and is required only when `instance_charge_type` is set to `PrePaid`. Valid values:\n\n- `Month`: Uses month as the time unit.\n- `Week`: Uses week as the time unit.\n\nDefault value: `Month`.",
            ),
            default: Some("\"Month\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "platform",
            flag: "platform",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `image_type` parameter instead.\n\nThe operating system distribution. Valid values:\n\n- `CentOS`\n- `AliyunLinux`\n- `Windows`\n- `WindowsCore`\n\nDefault value: `AliyunLinux`.",
            ),
            default: Some("\"AliyunLinux\""),
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
            name: "ram_role_name",
            flag: "ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the worker RAM role.\n\n- If this parameter is left empty, the default worker RAM role created for the cluster is used.\n- If this parameter is specified, the RAM role must be a **normal service role** and its **trusted service** must be set to **ECS**. For more information, see [Create a normal service role](https://help.aliyun.com/document_detail/116800.html). If the specified RAM role is not the default worker RAM role created for the cluster, the role name cannot start with `KubernetesMasterRole-` or `KubernetesWorkerRole-`.\n\n> Notice: This parameter is supported only by ACK managed clusters of version 1.22 and later.\\</notice>",
            ),
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
                "The resource pool and resource pool policy used for creating instances. Take note of the following items when you configure this parameter:\nThis parameter takes effect only when you create pay-as-you-go instances.\nThis parameter cannot be configured at the same time as private_pool_options.match_criteria and private_pool_options.id.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_policy",
            flag: "scaling-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scaling group mode. Valid values:\n\n- release: Standard mode. Instances are scaled by creating and releasing ECS instances based on the requested resource usage.\n- recycle: Swift mode. Instances are scaled by creating, stopping, and starting instances to improve the speed of subsequent scaling operations. When an instance is stopped, you are not charged for compute resources, but you are still charged for storage resources, except for instances with local disks.\n\nDefault value: release.",
            ),
            default: Some("\"release\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_id",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The security group ID of the node pool. You can specify this parameter or security_group_ids. We recommend that you use security_group_ids.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_ids",
            flag: "security-group-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of security group IDs. You can specify this parameter or security_group_id. We recommend that you use security_group_ids. If you specify both security_group_id and security_group_ids, security_group_ids takes precedence.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_hardening_os",
            flag: "security-hardening-os",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable Alibaba Cloud OS security hardening. Valid values:\n\n- true: enables Alibaba Cloud OS security hardening.\n- false: does not enable Alibaba Cloud OS security hardening.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "soc_enabled",
            flag: "soc-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable MLPS 2.0 security hardening. You can enable this feature for nodes only when the system image is Alibaba Cloud Linux 2 or Alibaba Cloud Linux 3. Alibaba Cloud provides classified protection compliance baseline check standards and scanning programs for Alibaba Cloud Linux 2 and Alibaba Cloud Linux 3 MLPS 2.0 Level 3 images.",
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
                "Specifies whether to enable spot instance replenishment. After this feature is enabled, when the scaling group receives a system message that a spot instance is to be reclaimed, the scaling group attempts to create a new instance to replace the spot instance to be reclaimed. Valid values:\n\n- true: enables spot instance replenishment.\n- false: does not enable spot instance replenishment.",
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
                "The market price range configuration for a single spot instance type.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_strategy",
            flag: "spot-strategy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The spot instance strategy. Valid values:\n\n- NoSpot: pay-as-you-go instance.\n- SpotWithPriceLimit: sets the maximum price for spot instances.\n- SpotAsPriceGo: uses the system\"s automatic bidding, which follows the actual market price.\n\nFor more information, see [Spot instances](https://help.aliyun.com/document_detail/165053.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_bursting_enabled",
            flag: "system-disk-bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable performance burst for the system disk of the node. Valid values:\n\n- true: yes.\n- false: no.\n\nThis parameter is supported only when system_disk_category is set to cloud_auto. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_categories",
            flag: "system-disk-categories",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The categories of the system disk. If the system disk cannot be created by using a disk category with a higher priority, the system automatically tries the next disk category in the priority list.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_category",
            flag: "system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The system disk category of the node. Valid values:\n\n- cloud_efficiency: ultra disk.\n- cloud_ssd: standard SSD.\n- cloud_essd: ESSD.\n- cloud_auto: ESSD AutoPL cloud disk.\n- cloud_essd_entry: ESSD Entry cloud disk.\n\nDefault value: cloud_efficiency.",
            ),
            default: Some("\"cloud_efficiency\""),
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
                "Specifies whether to encrypt the system disk. Valid values:\n\n- true: encrypts the system disk.\n- false: does not encrypt the system disk.",
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
                "The performance level of the system cloud disk for nodes. This parameter takes effect only for ESSDs, not standard SSD. The performance level varies based on the disk size. For more information, see [ESSD](https://help.aliyun.com/document_detail/122389.html). Valid values:\n\n- PL0: Medium concurrent I/O performance and relatively stable read/write latency.\n- PL1: Medium concurrent I/O performance and relatively stable read/write latency.\n- PL2: High concurrent I/O performance and stable read/write latency.\n- PL3: Ultra-high concurrent I/O performance and highly stable read/write latency.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_provisioned_iops",
            flag: "system-disk-provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The provisioned read/write IOPS for the system disk.\nValid values: 0 to min{50,000, 1000 × Capacity - Baseline performance}. Baseline performance = min{1,800 + 50 × Capacity, 50000}.\nThis parameter is supported only when system_disk_category is set to cloud_auto. For more information, see [ESSD AutoPL cloud disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_disk_size",
            flag: "system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The size of the system disk. Unit: GiB.\nValid values: 20 to 2048.",
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
                sdk_shape::StructRef::to(&crate::types::tags::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "Adds tags only to ECS instances.\nTag keys must be unique and can be up to 128 characters in length. Tag keys and tag values cannot start with \"aliyun\" or \"acs:\", or contain \"https://\" or \"http://\".",
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
                "The list of vSwitch IDs. You can specify 1 to 8 vSwitch IDs.\n\n> To ensure high availability, we recommend that you select vSwitches in different zones.",
            ),
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
