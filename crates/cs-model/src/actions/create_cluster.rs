// @generated from spec/cs/2015-12-15/actions/CreateCluster.json by `cargo xtask codegen`; do not edit.
//! The `CreateCluster` action:

/// Marker type tying the request and response of `CreateCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateCluster;

impl sdk_shape::Action for CreateCluster {
    type Request = CreateClusterRequest;
    type Response = CreateClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterRequest {
    /// **\[Deprecated\]** The access control list (ACL) of the SLB instance for the API server of a registered cluster.
    ///
    /// Wire name: `access_control_list`.
    #[serde(
        rename = "access_control_list",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_control_list: Option<Vec<String>>,
    /// The list of cluster components. When you create a cluster, use `addons` to specify the components that you want to install.
    ///
    /// **Network component**: Required. Two network types are available: Flannel and Terway. Select one when you create a cluster:
    ///
    /// - Flannel: \[{"name":"flannel","config":""}\].
    /// - Terway: \[{"name": "terway-eniip","config": ""}\].
    ///
    /// **Storage component**: Optional. Only the `csi` type is supported:
    ///
    /// `csi`: \[{"name":"csi-plugin","config": ""},{"name": "csi-provisioner","config": ""}\].
    ///
    /// **Log component**: Optional. We recommend that you enable this component. If you do not enable the log service, you cannot use the cluster auditing feature.
    ///
    /// - Use an existing `SLS Project`: \[{"name": "loongcollector","config": "{"IngressDashboardEnabled":"true","sls_project_name":"your_sls_project_name"}"}\].
    /// - Create a new `SLS Project`: \[{"name": "loongcollector","config": "{"IngressDashboardEnabled":"true"}"}\].
    ///
    /// **Ingress component**: Optional. By default, the Ingress component `nginx-ingress-controller` is installed for ACK dedicated clusters.
    ///
    /// - Install Ingress and enable Internet access: \[{"name":"nginx-ingress-controller","config":"{"IngressSlbNetworkType":"internet"}"}\].
    /// - Disable default Ingress installation: \[{"name": "nginx-ingress-controller","config": "","disabled": true}\].
    ///
    /// **Event Center**: Optional. Enabled by default.
    ///
    /// Event Center provides the capabilities to store, query, and alert on Kubernetes events. The Logstore associated with Kubernetes Event Center is free of charge for 90 days. For more information about the free policy, see [Create and use Kubernetes Event Center](https://help.aliyun.com/document_detail/150476.html).
    ///
    /// Example of enabling Event Center: \[{"name":"ack-node-problem-detector","config":"{"sls_project_name":"your_sls_project_name"}"}\].
    ///
    /// Wire name: `addons`.
    #[serde(rename = "addons", default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<crate::types::Addon>>,
    /// A ServiceAccount is the access credential used by a pod to communicate with the cluster API server. The `api-audiences` parameter specifies the valid request `token` identities used by the `apiserver` to authenticate whether request `tokens` are legitimate. You can configure multiple `audiences` separated by commas (,).
    ///
    /// For more information about `ServiceAccount`, see [Deploy service account token volume projection](https://help.aliyun.com/document_detail/160384.html).
    ///
    /// Wire name: `api_audiences`.
    #[serde(rename = "api_audiences", default, skip_serializing_if = "Option::is_none")]
    pub api_audiences: Option<String>,
    /// The cluster audit log configuration.
    ///
    /// Wire name: `audit_log_config`.
    #[serde(
        rename = "audit_log_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audit_log_config: Option<crate::types::AuditLogConfig>,
    /// The [intelligent managed mode](https://help.aliyun.com/document_detail/2938898.html) configuration.
    ///
    /// Wire name: `auto_mode`.
    #[serde(rename = "auto_mode", default, skip_serializing_if = "Option::is_none")]
    pub auto_mode: Option<crate::types::AutoMode>,
    /// **\[Deprecated\]**
    ///
    /// Specifies whether to enable auto-renewal. This parameter takes effect only when `charge_type` is set to `PrePaid`. Valid values:
    ///
    /// - `true`: Enable auto-renewal.
    /// - `false`: Disable auto-renewal.
    ///
    /// Default value: `false`.
    ///
    /// This parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster parameter](https://help.aliyun.com/document_detail/2849194.html).
    ///
    /// Default: `false`.
    ///
    /// Wire name: `auto_renew`.
    #[serde(rename = "auto_renew", default, skip_serializing_if = "Option::is_none")]
    pub auto_renew: Option<bool>,
    /// **\[Deprecated\]**
    ///
    /// The auto-renewal epoch. This parameter takes effect only when the billing method is subscription and auto-renewal is enabled. When `PeriodUnit=Month`, valid values: {1, 2, 3, 6, 12}.
    ///
    /// Default value: 1.
    ///
    /// This parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster parameter](https://help.aliyun.com/document_detail/2849194.html).
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
    /// **\[Deprecated\]**
    ///
    /// The billing method of the CLB instance used by the API server. Default value: PostPaid. Valid values:
    ///
    /// - PostPaid: pay-as-you-go.
    /// - PrePaid: subscription. The subscription billing method is no longer supported for newly created CLB instances. Existing instances are not affected.
    ///
    /// > Notice:
    ///
    /// - This parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster parameter](https://help.aliyun.com/document_detail/2849194.html).
    /// - Starting from December 01, 2024, newly created CLB instances no longer support the subscription billing method, and an instance fee will be charged.
    ///
    /// \</notice>
    /// \<props="china">For more information, see [Service notices: Notice on canceling subscription billing for CLB load balancing instances of cluster API servers](https://help.aliyun.com/document_detail/2851191.html) and [Notice on billing item changes for Classic Load Balancer (CLB)](https://help.aliyun.com/document_detail/2839797.html).
    /// \<props="intl">For more information, see [Notice on billing item changes for Classic Load Balancer (CLB)](https://help.aliyun.com/document_detail/2839797.html).
    ///
    /// Default: `"PostPaid"`.
    ///
    /// Wire name: `charge_type`.
    #[serde(rename = "charge_type", default, skip_serializing_if = "Option::is_none")]
    pub charge_type: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `security_hardening_os` parameter under `control_plane_config` instead. For node pool configuration, use the `security_hardening_os` parameter under `scaling_group` in `nodepool` instead.
    ///
    /// Wire name: `cis_enabled`.
    #[serde(rename = "cis_enabled", default, skip_serializing_if = "Option::is_none")]
    pub cis_enabled: Option<bool>,
    /// The client token.
    ///
    /// Wire name: `client_token`.
    #[serde(rename = "client_token", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// **\[Deprecated\]** For cluster control plane node configuration, use the `cloud_monitor_flags` parameter under `control_plane_config` instead. For node pool configuration, use the `cms_enabled` parameter under `kubernetes_config` in nodepool instead.
    ///
    /// Specifies whether to install the CloudMonitor agent on the cluster. Valid values:
    ///
    /// - `true`: Install the CloudMonitor agent.
    /// - `false`: Do not install the CloudMonitor agent.
    ///
    /// Default value: `false`.
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
    /// The cluster local domain name.
    ///
    /// Naming rules: A domain name consists of one or more parts separated by periods (.). Each part can be up to 63 characters long and can contain lowercase letters, digits, and hyphens (-). Each part must start and end with a lowercase letter or digit.
    ///
    /// Wire name: `cluster_domain`.
    #[serde(rename = "cluster_domain", default, skip_serializing_if = "Option::is_none")]
    pub cluster_domain: Option<String>,
    /// After you set `cluster_type` to `ManagedKubernetes` and configure `profile`, you can further specify the cluster specification. Valid values:
    ///
    /// - `ack.standard`: Basic Edition (selected by default if the value is empty)
    /// - `ack.pro.small`: Pro Edition
    /// - `ack.pro.xlarge`: Pro XL
    /// - `ack.pro.2xlarge`: Pro 2XL
    /// - `ack.pro.4xlarge`: Pro 4XL (requires contacting customer service to enable the whitelist)
    ///
    /// Pro XL, Pro 2XL, and Pro 4XL are three tiers provided by \<props="china">[ACK Pro Provisioned Control Plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\<props="intl">[ACK Pro Provisioned Control Plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and dedicating control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain at a deterministic high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.
    ///
    /// For information about the cluster management fees for Pro Edition and Provisioned Control Plane editions, see \<props="china">[Cluster management fee](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\<props="intl">[Cluster management fee](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// - `Kubernetes`: ACK dedicated cluster.
    /// - `ManagedKubernetes`: ACK managed cluster types, including ACK managed clusters (Pro and Basic editions), ACK Serverless clusters (Pro and Basic editions), ACK Edge clusters (Pro and Basic editions), and ACK Lingjun clusters (Pro Edition).
    /// - `ExternalKubernetes`: registered cluster.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The pod network CIDR block. It must be a valid private CIDR block, specifically the following CIDR blocks and their subnets: 10.0.0.0/8, 172.16-31.0.0/12-16, and 192.168.0.0/16. It cannot overlap with the CIDR blocks used by the VPC or existing Kubernetes clusters in the VPC. This value cannot be modified after the cluster is created.
    ///
    /// For more information about cluster network planning, see [ACK managed cluster network planning](https://help.aliyun.com/document_detail/86500.html).
    ///
    /// > This parameter is required for Flannel clusters.
    ///
    /// Wire name: `container_cidr`.
    #[serde(rename = "container_cidr", default, skip_serializing_if = "Option::is_none")]
    pub container_cidr: Option<String>,
    /// The control plane configuration for ACK dedicated clusters.
    ///
    /// Wire name: `control_plane_config`.
    #[serde(
        rename = "control_plane_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_plane_config: Option<crate::types::ControlPlaneConfig>,
    /// The cluster endpoint configuration.
    ///
    /// Wire name: `control_plane_endpoints_config`.
    #[serde(
        rename = "control_plane_endpoints_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_plane_endpoints_config: Option<
        crate::types::ControlPlaneEndpointsConfig,
    >,
    /// The list of component names that specifies which control plane components to collect logs from.
    ///
    /// By default, logs are collected from kube-apiserver, kube-controller-manager, kube-scheduler, and cloud-controller-manager.
    ///
    /// Wire name: `controlplane_log_components`.
    #[serde(
        rename = "controlplane_log_components",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub controlplane_log_components: Option<Vec<String>>,
    /// The Simple Log Service project for control plane component logs. You can use an existing project for log storage or allow the system to automatically create a project. If you choose automatic creation, a Simple Log Service project named `k8s-log-{ClusterID}` is created.
    ///
    /// Wire name: `controlplane_log_project`.
    #[serde(
        rename = "controlplane_log_project",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub controlplane_log_project: Option<String>,
    /// The log retention period for control plane component logs, in days.
    ///
    /// Wire name: `controlplane_log_ttl`.
    #[serde(
        rename = "controlplane_log_ttl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub controlplane_log_ttl: Option<String>,
    /// **\[Deprecated\]** Use the `cpu_policy` parameter under `control_plane_config` for cluster control plane configuration, or use the `cpu_policy` parameter under `kubernetes_config` in `nodepool` for node pool configuration.
    ///
    /// The CPU management policy for nodes. The following policies are supported for clusters of version 1.12.6 or later:
    ///
    /// - `static`: Allows pods with certain resource characteristics on the node to be granted enhanced CPU affinity and exclusivity.
    /// - `none`: Uses the existing default CPU affinity scheme.
    ///
    /// Default value: `none`.
    ///
    /// Default: `"none"`.
    ///
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// **\[Deprecated\]** Use the `extra_sans` parameter instead.
    ///
    /// The custom certificate Subject Alternative Name (SAN). Separate multiple IP addresses or domain names with commas (,).
    ///
    /// Wire name: `custom_san`.
    #[serde(rename = "custom_san", default, skip_serializing_if = "Option::is_none")]
    pub custom_san: Option<String>,
    /// Specifies whether to enable cluster deletion protection, which prevents the cluster from being accidentally deleted in the console or by calling API operations. Valid values:
    ///
    /// - `true`: Enables cluster deletion protection. The cluster cannot be deleted in the console or by calling API operations.
    /// - `false`: Disables cluster deletion protection. The cluster can be deleted in the console or by calling API operations.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `deletion_protection`.
    #[serde(
        rename = "deletion_protection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    /// **\[Deprecated\]** When cluster creation fails, no rollback is performed by default. You must manually clean up the failed cluster.
    ///
    /// Specifies whether to roll back the cluster if creation fails. Valid values:
    ///
    /// - `true`: Rolls back the cluster when creation fails.
    /// - `false`: Does not roll back the cluster when creation fails.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `disable_rollback`.
    #[serde(
        rename = "disable_rollback",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_rollback: Option<bool>,
    /// **\[Deprecated\]** Use the `rrsa_config` parameter instead.
    ///
    /// Specifies whether to enable the RRSA feature.
    ///
    /// - true: Enables the feature.
    ///
    /// - false: Does not enable the feature.
    ///
    /// Wire name: `enable_rrsa`.
    #[serde(rename = "enable_rrsa", default, skip_serializing_if = "Option::is_none")]
    pub enable_rrsa: Option<bool>,
    /// The ID of the Key Management Service (KMS) key used to encrypt cloud disks. For more information, see [Key Management Service](https://help.aliyun.com/document_detail/28935.html).
    ///
    /// > This feature takes effect only in ACK Pro clusters.
    ///
    /// Wire name: `encryption_provider_key`.
    #[serde(
        rename = "encryption_provider_key",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encryption_provider_key: Option<String>,
    /// Specifies whether to enable public network access. An Elastic IP Address (EIP) is used to expose the API Server for public network access to the cluster.
    ///
    /// - `true`: Enables public network access.
    /// - `false`: Disables public network access. If you select this option, the cluster API Server cannot be accessed over the Internet.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `endpoint_public_access`.
    #[serde(
        rename = "endpoint_public_access",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub endpoint_public_access: Option<bool>,
    /// The custom Subject Alternative Name (SAN) for the API Server certificate.
    ///
    /// Wire name: `extra_sans`.
    #[serde(rename = "extra_sans", default, skip_serializing_if = "Option::is_none")]
    pub extra_sans: Option<Vec<String>>,
    /// **\[Deprecated\]** Selecting existing nodes during cluster creation is not supported. To add existing nodes to a cluster, create a node pool first and call the [AttachInstancesToNodePool](https://help.aliyun.com/document_detail/2667920.html) operation.
    ///
    /// Specifies whether to mount data disks to existing instances when creating a cluster with existing instances. Valid values:
    ///
    /// - `true`: Stores containers and images on data disks. Existing data on the data disks will be lost. Back up your data in advance.
    ///
    /// - `false`: Does not store containers and images on data disks.
    ///
    /// Default value: `false`.
    ///
    /// Data disk mounting rules:
    ///
    /// - If the ECS instance has data disks attached and the file system of the last data disk is not initialized, the system automatically formats the data disk as ext4 to store /var/lib/docker and /var/lib/kubelet.
    /// - If the ECS instance has no data disks attached, no new data disks are mounted.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `format_disk`.
    #[serde(rename = "format_disk", default, skip_serializing_if = "Option::is_none")]
    pub format_disk: Option<bool>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `image_id` parameter under `control_plane_config` instead. For node pool configuration, use the `image_id` parameter under `scaling_group` in `nodepool` instead.
    ///
    /// The custom image for nodes. The system image is used by default. When a custom image is selected, it replaces the default system image. For more information, see [Custom images](https://help.aliyun.com/document_detail/146647.html).
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `image_type` parameter under `control_plane_config` instead. For node pool configuration, use the `image_type` parameter under `scaling_group` in `nodepool` instead.
    ///
    /// The operating system distribution type. We recommend that you use this field to specify the node operating system. Valid values:
    ///
    /// - CentOS
    /// - AliyunLinux
    /// - AliyunLinux Qboot
    /// - AliyunLinuxUEFI
    /// - AliyunLinux3
    /// - Windows
    /// - WindowsCore
    /// - AliyunLinux3Arm64
    /// - ContainerOS
    ///
    /// Default value: `CentOS`.
    ///
    /// Default: `"CentOS"`.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// **\[Deprecated\]** Selecting existing nodes during cluster creation is not supported. To add existing nodes to a cluster, create a node pool first and call the [AttachInstancesToNodePool](https://help.aliyun.com/document_detail/2667920.html) operation.
    ///
    /// The list of ECS instances to use when creating a cluster with existing nodes. These instances are added to the cluster as worker nodes.
    ///
    /// > This field is required when you create a cluster with existing instances.
    ///
    /// Wire name: `instances`.
    #[serde(rename = "instances", default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
    /// The IP protocol stack of the cluster.
    ///
    /// Wire name: `ip_stack`.
    #[serde(rename = "ip_stack", default, skip_serializing_if = "Option::is_none")]
    pub ip_stack: Option<String>,
    /// Specifies whether to enable automatic creation of an advanced security group. This parameter takes effect when `security_group_id` is empty.
    ///
    /// > When a basic security group is used, the total number of nodes and Terway pods in the cluster cannot exceed 2,000. Therefore, when creating a Terway network type cluster, use an advanced security group.
    ///
    /// - `true`: Creates and uses an advanced security group.
    /// - `false`: Uses a basic security group.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `is_enterprise_security_group`.
    #[serde(
        rename = "is_enterprise_security_group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_enterprise_security_group: Option<bool>,
    /// **\[Deprecated\]** Selecting existing nodes during cluster creation is not supported. To add existing nodes to a cluster, create a node pool first and call the [AttachInstancesToNodePool](https://help.aliyun.com/document_detail/2667920.html) operation.
    ///
    /// Specifies whether to retain instance names when creating a cluster with existing instances.
    ///
    /// - `true`: Retains the instance names.
    /// - `false`: Does not retain the instance names. The names are replaced based on system rules.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `keep_instance_name`.
    #[serde(
        rename = "keep_instance_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_instance_name: Option<bool>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `key_pair` parameter under `control_plane_config` instead. For node pool configuration, use the `key_pair` parameter under `scaling_group` in `nodepool` instead.
    ///
    /// The name of the key pair. Mutually exclusive with `login_password`.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// The cluster version, which is consistent with the Kubernetes community baseline version. Use the latest version. If you do not specify this parameter, the latest version is used by default.
    ///
    /// You can create clusters of the three most recent versions. Call the [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) operation to query supported cluster versions.
    ///
    /// For more information about Kubernetes versions supported by ACK, see [Kubernetes version release overview](https://help.aliyun.com/document_detail/185269.html).
    ///
    /// Wire name: `kubernetes_version`.
    #[serde(
        rename = "kubernetes_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_version: Option<String>,
    /// The Classic Load Balancer (CLB) instance ID used for API Server access. If this parameter is specified, automatic creation of an API Server CLB instance is skipped.
    ///
    /// > Ensure that the CLB instance has no other dependencies such as listeners or backend servers. Shared and Internet-facing CLB instances are not supported.
    ///
    /// Wire name: `load_balancer_id`.
    #[serde(
        rename = "load_balancer_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_id: Option<String>,
    /// **\[Deprecated\]** CLB uses pay-by-usage billing. This parameter does not take effect.
    ///
    /// The load balancing specification. Valid values:
    ///
    /// - slb.s1.small
    /// - slb.s2.small
    /// - slb.s2.medium
    /// - slb.s3.small
    /// - slb.s3.medium
    /// - slb.s3.large
    ///
    /// Default value: `slb.s2.small`.
    ///
    /// Default: `"slb.s2.small"`.
    ///
    /// Wire name: `load_balancer_spec`.
    #[serde(
        rename = "load_balancer_spec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_spec: Option<String>,
    /// **\[Deprecated\]** Enables the log service for the cluster. This parameter takes effect only for ACK Serverless clusters, and the value must be `SLS`.
    ///
    /// Wire name: `logging_type`.
    #[serde(rename = "logging_type", default, skip_serializing_if = "Option::is_none")]
    pub logging_type: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `login_password` parameter under `control_plane_config` instead. For node pool configuration, use the `login_password` parameter under `scaling_group` in `nodepool` instead.
    ///
    /// The SSH logon password. Mutually exclusive with `key_pair`. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.
    ///
    /// Wire name: `login_password`.
    #[serde(rename = "login_password", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The cluster O&M window.
    ///
    /// Wire name: `maintenance_window`.
    #[serde(
        rename = "maintenance_window",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maintenance_window: Option<crate::types::MaintenanceWindow>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `auto_renew` parameter under `control_plane_config` instead.
    ///
    /// Specifies whether to enable auto-renewal for master nodes. This parameter takes effect only when `master_instance_charge_type` is set to `PrePaid`. Valid values:
    ///
    /// - `true`: Enables auto-renewal.
    /// - `false`: Disables auto-renewal.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `master_auto_renew`.
    #[serde(
        rename = "master_auto_renew",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_auto_renew: Option<bool>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `auto_renew_period` parameter under `control_plane_config` instead.
    ///
    /// The auto-renewal epoch for master nodes. This parameter takes effect and is required only when the subscription billing method is selected.
    ///
    /// Valid values: {1, 2, 3, 6, 12}.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `master_auto_renew_period`.
    #[serde(
        rename = "master_auto_renew_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_auto_renew_period: Option<i64>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `size` parameter under `control_plane_config` instead.
    ///
    /// The number of master nodes. Valid values: `3` or `5`.
    ///
    /// Default value: `3`.
    ///
    /// Default: `3`.
    ///
    /// Wire name: `master_count`.
    #[serde(rename = "master_count", default, skip_serializing_if = "Option::is_none")]
    pub master_count: Option<i64>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `instance_charge_type` parameter under `control_plane_config` instead.
    ///
    /// The billing method for master nodes. Valid values:
    ///
    /// - `PrePaid`: Subscription.
    /// - `PostPaid`: Pay-as-you-go.
    ///
    /// Default value: `PostPaid`.
    ///
    /// Default: `"PostPaid"`.
    ///
    /// Wire name: `master_instance_charge_type`.
    #[serde(
        rename = "master_instance_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_instance_charge_type: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `instance_types` parameter under `control_plane_config` instead.
    ///
    /// The instance types for master nodes. For more information, see [Instance families](https://help.aliyun.com/document_detail/25378.html).
    ///
    /// Wire name: `master_instance_types`.
    #[serde(
        rename = "master_instance_types",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_instance_types: Option<Vec<String>>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `unit` parameter under `control_plane_config` instead.
    ///
    /// The subscription duration for master nodes. This parameter takes effect and is required only when `master_instance_charge_type` is set to `PrePaid`.
    ///
    /// Valid values: {1, 2, 3, 6, 12, 24, 36, 48, 60}.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `master_period`.
    #[serde(rename = "master_period", default, skip_serializing_if = "Option::is_none")]
    pub master_period: Option<i64>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `period_unit` parameter under `control_plane_config` instead.
    ///
    /// The subscription period unit for master nodes. This parameter is required when the billing method is `PrePaid`.
    ///
    /// Valid values: `Month`. Currently, only monthly billing is supported.
    ///
    /// Wire name: `master_period_unit`.
    #[serde(
        rename = "master_period_unit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_period_unit: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_category` parameter under `control_plane_config` instead.
    ///
    /// The system cloud disk type for master nodes. Valid values:
    ///
    /// - `cloud_efficiency`: Ultra cloud disk.
    /// - `cloud_ssd`: Standard SSD.
    /// - `cloud_essd`: Enterprise SSD (ESSD).
    ///
    /// Default value: `cloud_ssd`. The default value may vary by zone.
    ///
    /// Default: `"cloud_ssd"`.
    ///
    /// Wire name: `master_system_disk_category`.
    #[serde(
        rename = "master_system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_system_disk_category: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_performance_level` parameter under `control_plane_config` instead.
    ///
    /// The performance level of the system cloud disk for master nodes. This parameter takes effect only for ESSD cloud disks. The performance level is related to the disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    ///
    /// Wire name: `master_system_disk_performance_level`.
    #[serde(
        rename = "master_system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_system_disk_performance_level: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_size` parameter under `control_plane_config` instead.
    ///
    /// The system cloud disk size for master nodes. Valid values: \[40,500\]. Unit: GiB.
    ///
    /// Default value: `120`.
    ///
    /// Default: `120`. Minimum: 40. Maximum: 500.
    ///
    /// Wire name: `master_system_disk_size`.
    #[serde(
        rename = "master_system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_system_disk_size: Option<i64>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the `system_disk_snapshot_policy_id` parameter under `control_plane_config` instead.
    ///
    /// The ID of the automatic snapshot policy for master node system cloud disks.
    ///
    /// Wire name: `master_system_disk_snapshot_policy_id`.
    #[serde(
        rename = "master_system_disk_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_system_disk_snapshot_policy_id: Option<String>,
    /// **\[Deprecated\]** Use the `vswitch_ids` parameter instead.
    ///
    /// The list of vSwitch IDs for master nodes. The number of vSwitches must be in the range of \[1,3\]. To ensure high availability, select three vSwitches distributed across different zones.
    ///
    /// The number of specified instance types must match the value of `master_count` and correspond one-to-one with the elements in `master_vswitch_ids`.
    ///
    /// Wire name: `master_vswitch_ids`.
    #[serde(
        rename = "master_vswitch_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub master_vswitch_ids: Option<Vec<String>>,
    /// The custom cluster name. The name can contain digits, Chinese characters, letters, and hyphens (-). The name must be 1 to 63 characters in length and cannot start with a hyphen (-).
    ///
    /// Required.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// **\[Deprecated\]** Use the `snat_entry` parameter instead.
    ///
    /// Wire name: `nat_gateway`.
    #[serde(rename = "nat_gateway", default, skip_serializing_if = "Option::is_none")]
    pub nat_gateway: Option<bool>,
    /// The number of IP addresses per node, determined by specifying the network CIDR block. This parameter takes effect only for Flannel network type clusters.
    ///
    /// Default value: `26`.
    ///
    /// Default: `"26"`.
    ///
    /// Wire name: `node_cidr_mask`.
    #[serde(rename = "node_cidr_mask", default, skip_serializing_if = "Option::is_none")]
    pub node_cidr_mask: Option<String>,
    /// **\[Deprecated\]** For node pool configuration, use the `node_name_mode` parameter under `kubernetes_config` in `nodepool` instead.
    ///
    /// Wire name: `node_name_mode`.
    #[serde(rename = "node_name_mode", default, skip_serializing_if = "Option::is_none")]
    pub node_name_mode: Option<String>,
    /// The node service port range. Valid port range: \[30000,65535\].
    ///
    /// Default value: `30000-32767`.
    ///
    /// Default: `"30000-32767"`.
    ///
    /// Wire name: `node_port_range`.
    #[serde(
        rename = "node_port_range",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_port_range: Option<String>,
    /// The list of node pools.
    ///
    /// Wire name: `nodepools`.
    #[serde(rename = "nodepools", default, skip_serializing_if = "Option::is_none")]
    pub nodepools: Option<Vec<crate::types::Nodepool>>,
    /// **\[Deprecated\]** Use the desired_size parameter under scaling_group in nodepool instead.
    ///
    /// The number of worker nodes. Valid values: 0 to 100.
    ///
    /// Wire name: `num_of_nodes`.
    #[serde(rename = "num_of_nodes", default, skip_serializing_if = "Option::is_none")]
    pub num_of_nodes: Option<i64>,
    /// The cluster automatic O&M policy.
    ///
    /// Wire name: `operation_policy`.
    #[serde(
        rename = "operation_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_policy: Option<crate::types::OperationPolicy>,
    /// **\[Deprecated\]** For cluster control plane node configuration, use the image_type parameter under control_plane_config instead. For node pool configuration, use the image_type parameter under scaling_group in nodepool instead.
    ///
    /// The operating system platform type. Valid values:
    ///
    /// - Windows
    /// - Linux
    ///
    /// Default value: `Linux`.
    ///
    /// Default: `"Linux"`.
    ///
    /// Wire name: `os_type`.
    #[serde(rename = "os_type", default, skip_serializing_if = "Option::is_none")]
    pub os_type: Option<String>,
    /// **\[Deprecated\]**
    ///
    /// The subscription duration. This parameter takes effect and is required only when charge_type is set to PrePaid.
    ///
    /// Valid values: 1, 2, 3, 6, 12, 24, 36, 48, and 60.
    ///
    /// Default value: 1.
    ///
    /// This parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster API parameters](https://help.aliyun.com/document_detail/2849194.html).
    ///
    /// Default: `1`.
    ///
    /// Wire name: `period`.
    #[serde(rename = "period", default, skip_serializing_if = "Option::is_none")]
    pub period: Option<i64>,
    /// **\[Deprecated\]**
    ///
    /// The billing cycle. This parameter is required when the billing method is set to PrePaid.
    ///
    /// Valid values: Month. Currently, only monthly billing cycles are supported.
    ///
    /// This parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster API parameters](https://help.aliyun.com/document_detail/2849194.html).
    ///
    /// Wire name: `period_unit`.
    #[serde(rename = "period_unit", default, skip_serializing_if = "Option::is_none")]
    pub period_unit: Option<String>,
    /// **\[Deprecated\]** For node pool configuration, use the platform parameter under scaling_group in nodepool instead.
    ///
    /// The operating system distribution. Valid values:
    ///
    /// - CentOS
    /// - AliyunLinux
    /// - QbootAliyunLinux
    /// - Qboot
    /// - Windows
    /// - WindowsCore
    ///
    /// Default value: `CentOS`.
    ///
    /// Default: `"CentOS"`.
    ///
    /// Wire name: `platform`.
    #[serde(rename = "platform", default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// **\[Deprecated\]** When the Terway network plugin is selected, specify vSwitches for Pod IP address allocation. Each Pod vSwitch corresponds to a worker node vSwitch, and the zones of the Pod vSwitch and the worker node vSwitch must be the same.
    ///
    /// > The CIDR block mask of the Pod vSwitch should not exceed 19 and must not exceed 25. Otherwise, the number of Pod IP addresses available in the cluster network is very limited, which affects normal cluster usage.
    ///
    /// Wire name: `pod_vswitch_ids`.
    #[serde(
        rename = "pod_vswitch_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pod_vswitch_ids: Option<Vec<String>>,
    /// When `cluster_type` is set to `ManagedKubernetes` (ACK managed clusters), you can further specify the cluster subtype.
    ///
    /// - `Default`: ACK managed cluster, including ACK clusters (Pro and Basic editions).
    /// - `Edge`: ACK Edge cluster, including ACK Edge clusters (Pro and Basic editions).
    /// - `Serverless`: ACK Serverless cluster, including ACK Serverless clusters (Pro and Basic editions).
    /// - `Lingjun`: ACK Lingjun cluster, available in Pro edition.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The kube-proxy mode.
    ///
    /// - `iptables`: A mature and stable kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using iptables rules. Performance is moderate and affected by cluster scale. This mode is suitable for clusters with a small number of Services.
    /// - `ipvs`: A high-performance kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using the Linux IPVS module. This mode is suitable for clusters with a large number of Services that require high load balancing performance.
    /// - `nftables`: A next-generation kube-proxy mode that implements Service discovery and load balancing based on Linux nftables. It is a modern replacement for iptables. Compared with iptables, nftables delivers better network performance, more efficient rule updates, and improved performance in large-scale Service scenarios.
    ///
    /// Only supported for clusters running version 1.35 or later. The Kubernetes community deprecated IPVS starting from version 1.35. For new clusters, use nftables for longer-term community support.
    ///
    /// Default value: `ipvs`.
    ///
    /// Default: `"ipvs"`.
    ///
    /// Wire name: `proxy_mode`.
    #[serde(rename = "proxy_mode", default, skip_serializing_if = "Option::is_none")]
    pub proxy_mode: Option<String>,
    /// **\[Deprecated\]** For node pool configuration, use the rds_instances parameter under scaling_group in nodepool instead.
    ///
    /// The list of ApsaraDB RDS instances to which you want to add the cluster nodes to the whitelist. Add the container Pod CIDR block and node CIDR block to the RDS whitelist directly. Setting RDS instances may fail if the instances are not in a running state.
    ///
    /// Wire name: `rds_instances`.
    #[serde(rename = "rds_instances", default, skip_serializing_if = "Option::is_none")]
    pub rds_instances: Option<Vec<String>>,
    /// The ID of the region where the cluster is deployed. For details, see [Regions supported by container service](https://help.aliyun.com/document_detail/216938.html).
    ///
    /// Required.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The ID of the resource group to which the cluster belongs. Use this parameter to isolate different resources.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The RRSA feature configuration.
    ///
    /// Wire name: `rrsa_config`.
    #[serde(rename = "rrsa_config", default, skip_serializing_if = "Option::is_none")]
    pub rrsa_config: Option<crate::types::RrsaConfig>,
    /// The container runtime used by the cluster. Supported runtimes include containerd, sandboxed containers, and Docker.
    ///
    /// > Kubernetes 1.24 no longer supports Docker as a built-in container runtime.
    ///
    /// For more information, see [Comparison of Docker, containerd, and sandboxed container runtimes](https://help.aliyun.com/document_detail/160313.html).
    ///
    /// Wire name: `runtime`.
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<crate::types::Runtime>,
    /// The ID of an existing security group. This parameter is mutually exclusive with `is_enterprise_security_group`. Cluster nodes are automatically added to this security group.
    ///
    /// Wire name: `security_group_id`.
    #[serde(
        rename = "security_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// **\[Deprecated\]** For cluster control plane configuration, use the security_hardening_os parameter under control_plane_config instead. For node pool configuration, use the security_hardening_os parameter under scaling_group in nodepool instead.
    ///
    /// Alibaba Cloud OS security hardening. Valid values:
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
    /// A ServiceAccount is the access credential used for communication between a Pod and the cluster API Server. The `service-account-issuer` is the issuer identity in the `serviceaccount token`, which is the `iss` field in the `token payload`.
    ///
    /// For more information about `ServiceAccount`, see [Deploy service account token volume projection](https://help.aliyun.com/document_detail/160384.html).
    ///
    /// Wire name: `service_account_issuer`.
    #[serde(
        rename = "service_account_issuer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_account_issuer: Option<String>,
    /// The CIDR block for the Service network. Valid ranges: 10.0.0.0/16-24, 172.16-31.0.0/16-24, and 192.168.0.0/16-24. The CIDR block cannot overlap with the VPC CIDR block 10.1.0.0/21 or CIDR blocks used by existing Kubernetes clusters in the VPC. This value cannot be modified after the cluster is created.
    ///
    /// Default value: 172.19.0.0/20.
    ///
    /// Default: `"172.19.0.0/20"`.
    ///
    /// Wire name: `service_cidr`.
    #[serde(rename = "service_cidr", default, skip_serializing_if = "Option::is_none")]
    pub service_cidr: Option<String>,
    /// **\[Deprecated\]** The service discovery type within the cluster, used to specify the service discovery method in `ACK Serverless` clusters.
    ///
    /// - `CoreDNS`: Uses the Kubernetes-native standard service discovery component CoreDNS. A set of containers must be deployed in the cluster for DNS resolution. By default, two ECI instances with 0.25 Core and 512 MiB specifications are used.
    /// - `PrivateZone`: Uses Alibaba Cloud PrivateZone to provide service discovery capabilities. The PrivateZone service must be activated.
    ///
    /// Default value: not enabled.
    ///
    /// Wire name: `service_discovery_types`.
    #[serde(
        rename = "service_discovery_types",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_discovery_types: Option<Vec<String>>,
    /// Specifies whether to configure SNAT for the VPC. Valid values:
    ///
    /// - `true`: Automatic creation of a NAT gateway and automatic configuration of SNAT rules. Settings this to `true` if nodes and applications in the cluster need to access the Internet.
    /// - `false`: Does not create a NAT gateway or SNAT rules. Nodes and applications in the cluster cannot access the Internet.
    ///
    /// > If this is not enabled during cluster creation and Internet access is required later, you can [manually enable it](https://help.aliyun.com/document_detail/178480.html).
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `snat_entry`.
    #[serde(rename = "snat_entry", default, skip_serializing_if = "Option::is_none")]
    pub snat_entry: Option<bool>,
    /// **\[Deprecated\]** For cluster control plane node configurations, use the `soc_enabled` parameter under `control_plane_config` instead. For node pool configurations, use the `soc_enabled` parameter under `scaling_group` in `nodepool` instead.
    ///
    /// MLPS 2.0 security hardening. For more information, see \[China Chinese China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China
    ///
    /// Wire name: `soc_enabled`.
    #[serde(rename = "soc_enabled", default, skip_serializing_if = "Option::is_none")]
    pub soc_enabled: Option<bool>,
    /// Specifies whether to enable public network SSH logon. This parameter is used to log on to the master nodes of ACK dedicated clusters. This parameter does not take effect for managed clusters.
    ///
    /// - `true`: Enabled.
    /// - `false`: Not enabled.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `ssh_flags`.
    #[serde(rename = "ssh_flags", default, skip_serializing_if = "Option::is_none")]
    pub ssh_flags: Option<bool>,
    /// The node tags. Tag definition rules:
    ///
    /// - Tags are case-sensitive key-value pairs. You can settings up to 20 tags.
    /// - Tag keys cannot be duplicated and can be up to 64 characters in length. Tag values can be empty and can be up to 128 characters in length. Tag keys and tag values cannot start with "aliyun", "acs:", "https://", or "http://". For details, see [Labels and Selectors](https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
    ///
    /// At most 20 items.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// **\[Deprecated\]** For node pool configuration, use the taints parameter under kubernetes_config in nodepool instead.
    ///
    /// The node taint information. Taints and tolerations work together to prevent Pods from being allocated to inappropriate nodes. For more information, see [taint-and-toleration](https://kubernetes.io/zh/docs/concepts/scheduling-eviction/taint-and-toleration/).
    ///
    /// Wire name: `taints`.
    #[serde(rename = "taints", default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<crate::types::Taint>>,
    /// **\[Deprecated\]** When cluster creation fails, the system does not perform a rollback by default. You must manually clean up the failed cluster.
    ///
    /// The cluster creation timeout period, in minutes.
    ///
    /// Default value: `60`.
    ///
    /// Default: `60`.
    ///
    /// Wire name: `timeout_mins`.
    #[serde(rename = "timeout_mins", default, skip_serializing_if = "Option::is_none")]
    pub timeout_mins: Option<i64>,
    /// The time zone used by the cluster. For more information, see [Supported time zones](https://help.aliyun.com/document_detail/354879.html).
    ///
    /// Wire name: `timezone`.
    #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The custom cluster CA.
    ///
    /// Wire name: `user_ca`.
    #[serde(rename = "user_ca", default, skip_serializing_if = "Option::is_none")]
    pub user_ca: Option<String>,
    /// **\[Deprecated\]** The custom node data.
    ///
    /// Wire name: `user_data`.
    #[serde(rename = "user_data", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// The VPC used by the cluster. You must provide a VPC when creating a cluster.
    ///
    /// Wire name: `vpcid`.
    #[serde(rename = "vpcid", default, skip_serializing_if = "Option::is_none")]
    pub vpcid: Option<String>,
    /// The vSwitches where the cluster nodes reside. This parameter is required when creating a zero-node managed cluster.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
    /// **\[Deprecated\]** For node pool configuration, use the auto_renew parameter under scaling_group in nodepool instead.
    ///
    /// Specifies whether to enable auto-renewal for worker nodes. This parameter takes effect only when `worker_instance_charge_type` is set to `PrePaid`. Valid values:
    ///
    /// - `true`: Enables auto-renewal.
    /// - `false`: Does not enable auto-renewal.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `worker_auto_renew`.
    #[serde(
        rename = "worker_auto_renew",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_auto_renew: Option<bool>,
    /// **\[Deprecated\]** For node pool configuration, use the auto_renew_period parameter under scaling_group in nodepool instead.
    ///
    /// The Unified Auto Renewal Cycle for worker nodes. This parameter takes effect and is required only when the subscription billing method is selected.
    ///
    /// Valid values: 1, 2, 3, 6, and 12.
    ///
    /// Wire name: `worker_auto_renew_period`.
    #[serde(
        rename = "worker_auto_renew_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_auto_renew_period: Option<i64>,
    /// **\[Deprecated\]** Use the data_disks parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The combination of data cloud disk type, size, and other configurations for worker nodes.
    ///
    /// Wire name: `worker_data_disks`.
    #[serde(
        rename = "worker_data_disks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_data_disks: Option<Vec<crate::types::WorkerDataDisks>>,
    /// **\[Deprecated\]** Use the instance_charge_type parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The billing method for worker nodes. Valid values:
    ///
    /// - `PrePaid`: subscription.
    /// - `PostPaid`: pay-as-you-go.
    ///
    /// Default value: pay-as-you-go.
    ///
    /// Default: `"pay-as-you-go"`.
    ///
    /// Wire name: `worker_instance_charge_type`.
    #[serde(
        rename = "worker_instance_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_instance_charge_type: Option<String>,
    /// **\[Deprecated\]** Use the instance_types parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The instance configurations for worker nodes.
    ///
    /// Wire name: `worker_instance_types`.
    #[serde(
        rename = "worker_instance_types",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_instance_types: Option<Vec<String>>,
    /// **\[Deprecated\]** Use the period parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The subscription duration for worker nodes. This parameter takes effect and is required only when `worker_instance_charge_type` is set to `PrePaid`.
    ///
    /// Valid values: {1, 2, 3, 6, 12, 24, 36, 48, 60}.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `worker_period`.
    #[serde(rename = "worker_period", default, skip_serializing_if = "Option::is_none")]
    pub worker_period: Option<i64>,
    /// **\[Deprecated\]** Use the period_unit parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The billing period unit for worker nodes. This parameter is required when the billing method is `PrePaid`.
    ///
    /// Valid values: `Month`. Currently, only monthly billing is supported.
    ///
    /// Wire name: `worker_period_unit`.
    #[serde(
        rename = "worker_period_unit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_period_unit: Option<String>,
    /// **\[Deprecated\]** Use the system_disk_category parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The system cloud disk type for worker nodes. For more information, see [Block storage overview](https://help.aliyun.com/document_detail/63136.html).
    ///
    /// Valid values:
    ///
    /// - `cloud_efficiency`: ultra cloud disk.
    /// - `cloud_ssd`: standard SSD.
    ///
    /// Default value: `cloud_ssd`.
    ///
    /// Default: `"cloud_ssd"`.
    ///
    /// Wire name: `worker_system_disk_category`.
    #[serde(
        rename = "worker_system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_system_disk_category: Option<String>,
    /// **\[Deprecated\]** Use the system_disk_performance_level parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The performance level (PL) of the system cloud disk when the system cloud disk is an ESSD. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    ///
    /// Valid values:
    ///
    /// - PL0
    /// - PL1
    /// - PL2
    /// - PL3
    ///
    /// Wire name: `worker_system_disk_performance_level`.
    #[serde(
        rename = "worker_system_disk_performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_system_disk_performance_level: Option<String>,
    /// **\[Deprecated\]** Use the system_disk_size parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The system cloud disk size for worker nodes. Unit: GiB.
    ///
    /// Valid values: \[40,500\].
    ///
    /// The value of this parameter must be greater than or equal to max{40, ImageSize}.
    ///
    /// Default value: `120`.
    ///
    /// Default: `120`. Minimum: 40. Maximum: 500.
    ///
    /// Wire name: `worker_system_disk_size`.
    #[serde(
        rename = "worker_system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_system_disk_size: Option<i64>,
    /// **\[Deprecated\]** Use the system_disk_snapshot_policy_id parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The ID of the automatic snapshot policy used by the system cloud disks of worker nodes.
    ///
    /// Wire name: `worker_system_disk_snapshot_policy_id`.
    #[serde(
        rename = "worker_system_disk_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_system_disk_snapshot_policy_id: Option<String>,
    /// **\[Deprecated\]** Use the vswitch_ids parameter under scaling_group in nodepool instead for node pool configurations.
    ///
    /// The list of vSwitches used by cluster nodes. Each node corresponds to one value.
    ///
    /// When you create a managed cluster with zero nodes, the `worker_vswitch_ids` field is not required, but you must provide `vswitch_ids`.
    ///
    /// Wire name: `worker_vswitch_ids`.
    #[serde(
        rename = "worker_vswitch_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_vswitch_ids: Option<Vec<String>>,
    /// **\[Deprecated\]** Use the `zone_ids` parameter instead.
    ///
    /// The active zone ID of the region to which the cluster belongs. This parameter is specific to ACK managed clusters.
    ///
    /// When you create an ACK managed cluster without specifying `vpc_id` and `vswitch_ids`, you must specify `zone_id` for the cluster to automatically create a VPC and related network resources in the specified zone. This parameter is ignored when `vpc_id` and `vswitch_ids` are specified.
    ///
    /// Wire name: `zone_id`.
    #[serde(rename = "zone_id", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
    /// The IDs of multiple zones in the region to which the cluster belongs. This parameter is specific to ACK managed clusters.
    ///
    /// Wire name: `zone_ids`.
    #[serde(rename = "zone_ids", default, skip_serializing_if = "Option::is_none")]
    pub zone_ids: Option<Vec<String>>,
}

/// Response of `CreateCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateClusterResponse {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl CreateClusterResponse {
    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateCluster",
    command: "create-cluster",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "access_control_list",
            flag: "access-control-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The access control list (ACL) of the SLB instance for the API server of a registered cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "addons",
            flag: "addons",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::addon::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of cluster components. When you create a cluster, use `addons` to specify the components that you want to install.\n\n**Network component**: Required. Two network types are available: Flannel and Terway. Select one when you create a cluster:\n\n- Flannel: \\[{\"name\":\"flannel\",\"config\":\"\"}\\].\n- Terway: \\[{\"name\": \"terway-eniip\",\"config\": \"\"}\\].\n\n**Storage component**: Optional. Only the `csi` type is supported:\n\n`csi`: \\[{\"name\":\"csi-plugin\",\"config\": \"\"},{\"name\": \"csi-provisioner\",\"config\": \"\"}\\].\n\n**Log component**: Optional. We recommend that you enable this component. If you do not enable the log service, you cannot use the cluster auditing feature.\n\n- Use an existing `SLS Project`: \\[{\"name\": \"loongcollector\",\"config\": \"{\"IngressDashboardEnabled\":\"true\",\"sls_project_name\":\"your_sls_project_name\"}\"}\\].\n- Create a new `SLS Project`: \\[{\"name\": \"loongcollector\",\"config\": \"{\"IngressDashboardEnabled\":\"true\"}\"}\\].\n\n**Ingress component**: Optional. By default, the Ingress component `nginx-ingress-controller` is installed for ACK dedicated clusters.\n\n- Install Ingress and enable Internet access: \\[{\"name\":\"nginx-ingress-controller\",\"config\":\"{\"IngressSlbNetworkType\":\"internet\"}\"}\\].\n- Disable default Ingress installation: \\[{\"name\": \"nginx-ingress-controller\",\"config\": \"\",\"disabled\": true}\\].\n\n**Event Center**: Optional. Enabled by default.\n\nEvent Center provides the capabilities to store, query, and alert on Kubernetes events. The Logstore associated with Kubernetes Event Center is free of charge for 90 days. For more information about the free policy, see [Create and use Kubernetes Event Center](https://help.aliyun.com/document_detail/150476.html).\n\nExample of enabling Event Center: \\[{\"name\":\"ack-node-problem-detector\",\"config\":\"{\"sls_project_name\":\"your_sls_project_name\"}\"}\\].",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "api_audiences",
            flag: "api-audiences",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A ServiceAccount is the access credential used by a pod to communicate with the cluster API server. The `api-audiences` parameter specifies the valid request `token` identities used by the `apiserver` to authenticate whether request `tokens` are legitimate. You can configure multiple `audiences` separated by commas (,).\n\nFor more information about `ServiceAccount`, see [Deploy service account token volume projection](https://help.aliyun.com/document_detail/160384.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "audit_log_config",
            flag: "audit-log-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::audit_log_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster audit log configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_mode",
            flag: "auto-mode",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_mode::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The [intelligent managed mode](https://help.aliyun.com/document_detail/2938898.html) configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew",
            flag: "auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nSpecifies whether to enable auto-renewal. This parameter takes effect only when `charge_type` is set to `PrePaid`. Valid values:\n\n- `true`: Enable auto-renewal.\n- `false`: Disable auto-renewal.\n\nDefault value: `false`.\n\nThis parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster parameter](https://help.aliyun.com/document_detail/2849194.html).",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_renew_period",
            flag: "auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe auto-renewal epoch. This parameter takes effect only when the billing method is subscription and auto-renewal is enabled. When `PeriodUnit=Month`, valid values: {1, 2, 3, 6, 12}.\n\nDefault value: 1.\n\nThis parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster parameter](https://help.aliyun.com/document_detail/2849194.html).",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "charge_type",
            flag: "charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe billing method of the CLB instance used by the API server. Default value: PostPaid. Valid values:\n\n- PostPaid: pay-as-you-go.\n- PrePaid: subscription. The subscription billing method is no longer supported for newly created CLB instances. Existing instances are not affected.\n\n> Notice:\n\n- This parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster parameter](https://help.aliyun.com/document_detail/2849194.html).\n- Starting from December 01, 2024, newly created CLB instances no longer support the subscription billing method, and an instance fee will be charged.\n\n\\</notice>\n\\<props=\"china\">For more information, see [Service notices: Notice on canceling subscription billing for CLB load balancing instances of cluster API servers](https://help.aliyun.com/document_detail/2851191.html) and [Notice on billing item changes for Classic Load Balancer (CLB)](https://help.aliyun.com/document_detail/2839797.html).\n\\<props=\"intl\">For more information, see [Notice on billing item changes for Classic Load Balancer (CLB)](https://help.aliyun.com/document_detail/2839797.html).",
            ),
            default: Some("\"PostPaid\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cis_enabled",
            flag: "cis-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `security_hardening_os` parameter under `control_plane_config` instead. For node pool configuration, use the `security_hardening_os` parameter under `scaling_group` in `nodepool` instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "client_token",
            flag: "client-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The client token."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cloud_monitor_flags",
            flag: "cloud-monitor-flags",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane node configuration, use the `cloud_monitor_flags` parameter under `control_plane_config` instead. For node pool configuration, use the `cms_enabled` parameter under `kubernetes_config` in nodepool instead.\n\nSpecifies whether to install the CloudMonitor agent on the cluster. Valid values:\n\n- `true`: Install the CloudMonitor agent.\n- `false`: Do not install the CloudMonitor agent.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_domain",
            flag: "cluster-domain",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster local domain name.\n\nNaming rules: A domain name consists of one or more parts separated by periods (.). Each part can be up to 63 characters long and can contain lowercase letters, digits, and hyphens (-). Each part must start and end with a lowercase letter or digit.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "After you set `cluster_type` to `ManagedKubernetes` and configure `profile`, you can further specify the cluster specification. Valid values:\n\n- `ack.standard`: Basic Edition (selected by default if the value is empty)\n- `ack.pro.small`: Pro Edition\n- `ack.pro.xlarge`: Pro XL\n- `ack.pro.2xlarge`: Pro 2XL\n- `ack.pro.4xlarge`: Pro 4XL (requires contacting customer service to enable the whitelist)\n\nPro XL, Pro 2XL, and Pro 4XL are three tiers provided by \\<props=\"china\">[ACK Pro Provisioned Control Plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\\<props=\"intl\">[ACK Pro Provisioned Control Plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and dedicating control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain at a deterministic high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.\n\nFor information about the cluster management fees for Pro Edition and Provisioned Control Plane editions, see \\<props=\"china\">[Cluster management fee](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\\<props=\"intl\">[Cluster management fee](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "- `Kubernetes`: ACK dedicated cluster.\n- `ManagedKubernetes`: ACK managed cluster types, including ACK managed clusters (Pro and Basic editions), ACK Serverless clusters (Pro and Basic editions), ACK Edge clusters (Pro and Basic editions), and ACK Lingjun clusters (Pro Edition).\n- `ExternalKubernetes`: registered cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "container_cidr",
            flag: "container-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pod network CIDR block. It must be a valid private CIDR block, specifically the following CIDR blocks and their subnets: 10.0.0.0/8, 172.16-31.0.0/12-16, and 192.168.0.0/16. It cannot overlap with the CIDR blocks used by the VPC or existing Kubernetes clusters in the VPC. This value cannot be modified after the cluster is created.\n\nFor more information about cluster network planning, see [ACK managed cluster network planning](https://help.aliyun.com/document_detail/86500.html).\n\n> This parameter is required for Flannel clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "control_plane_config",
            flag: "control-plane-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::control_plane_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The control plane configuration for ACK dedicated clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "control_plane_endpoints_config",
            flag: "control-plane-endpoints-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::control_plane_endpoints_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The cluster endpoint configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "controlplane_log_components",
            flag: "controlplane-log-components",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of component names that specifies which control plane components to collect logs from.\n\nBy default, logs are collected from kube-apiserver, kube-controller-manager, kube-scheduler, and cloud-controller-manager.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "controlplane_log_project",
            flag: "controlplane-log-project",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Simple Log Service project for control plane component logs. You can use an existing project for log storage or allow the system to automatically create a project. If you choose automatic creation, a Simple Log Service project named `k8s-log-{ClusterID}` is created.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "controlplane_log_ttl",
            flag: "controlplane-log-ttl",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The log retention period for control plane component logs, in days.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `cpu_policy` parameter under `control_plane_config` for cluster control plane configuration, or use the `cpu_policy` parameter under `kubernetes_config` in `nodepool` for node pool configuration.\n\nThe CPU management policy for nodes. The following policies are supported for clusters of version 1.12.6 or later:\n\n- `static`: Allows pods with certain resource characteristics on the node to be granted enhanced CPU affinity and exclusivity.\n- `none`: Uses the existing default CPU affinity scheme.\n\nDefault value: `none`.",
            ),
            default: Some("\"none\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "custom_san",
            flag: "custom-san",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `extra_sans` parameter instead.\n\nThe custom certificate Subject Alternative Name (SAN). Separate multiple IP addresses or domain names with commas (,).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deletion_protection",
            flag: "deletion-protection",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable cluster deletion protection, which prevents the cluster from being accidentally deleted in the console or by calling API operations. Valid values:\n\n- `true`: Enables cluster deletion protection. The cluster cannot be deleted in the console or by calling API operations.\n- `false`: Disables cluster deletion protection. The cluster can be deleted in the console or by calling API operations.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "disable_rollback",
            flag: "disable-rollback",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** When cluster creation fails, no rollback is performed by default. You must manually clean up the failed cluster.\n\nSpecifies whether to roll back the cluster if creation fails. Valid values:\n\n- `true`: Rolls back the cluster when creation fails.\n- `false`: Does not roll back the cluster when creation fails.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable_rrsa",
            flag: "enable-rrsa",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `rrsa_config` parameter instead.\n\nSpecifies whether to enable the RRSA feature.\n\n- true: Enables the feature.\n\n- false: Does not enable the feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "encryption_provider_key",
            flag: "encryption-provider-key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the Key Management Service (KMS) key used to encrypt cloud disks. For more information, see [Key Management Service](https://help.aliyun.com/document_detail/28935.html).\n\n> This feature takes effect only in ACK Pro clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "endpoint_public_access",
            flag: "endpoint-public-access",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable public network access. An Elastic IP Address (EIP) is used to expose the API Server for public network access to the cluster.\n\n- `true`: Enables public network access.\n- `false`: Disables public network access. If you select this option, the cluster API Server cannot be accessed over the Internet.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "extra_sans",
            flag: "extra-sans",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom Subject Alternative Name (SAN) for the API Server certificate.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "format_disk",
            flag: "format-disk",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Selecting existing nodes during cluster creation is not supported. To add existing nodes to a cluster, create a node pool first and call the [AttachInstancesToNodePool](https://help.aliyun.com/document_detail/2667920.html) operation.\n\nSpecifies whether to mount data disks to existing instances when creating a cluster with existing instances. Valid values:\n\n- `true`: Stores containers and images on data disks. Existing data on the data disks will be lost. Back up your data in advance.\n\n- `false`: Does not store containers and images on data disks.\n\nDefault value: `false`.\n\nData disk mounting rules:\n\n- If the ECS instance has data disks attached and the file system of the last data disk is not initialized, the system automatically formats the data disk as ext4 to store /var/lib/docker and /var/lib/kubelet.\n- If the ECS instance has no data disks attached, no new data disks are mounted.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `image_id` parameter under `control_plane_config` instead. For node pool configuration, use the `image_id` parameter under `scaling_group` in `nodepool` instead.\n\nThe custom image for nodes. The system image is used by default. When a custom image is selected, it replaces the default system image. For more information, see [Custom images](https://help.aliyun.com/document_detail/146647.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `image_type` parameter under `control_plane_config` instead. For node pool configuration, use the `image_type` parameter under `scaling_group` in `nodepool` instead.\n\nThe operating system distribution type. We recommend that you use this field to specify the node operating system. Valid values:\n\n- CentOS\n- AliyunLinux\n- AliyunLinux Qboot\n- AliyunLinuxUEFI\n- AliyunLinux3\n- Windows\n- WindowsCore\n- AliyunLinux3Arm64\n- ContainerOS\n\nDefault value: `CentOS`.",
            ),
            default: Some("\"CentOS\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instances",
            flag: "instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Selecting existing nodes during cluster creation is not supported. To add existing nodes to a cluster, create a node pool first and call the [AttachInstancesToNodePool](https://help.aliyun.com/document_detail/2667920.html) operation.\n\nThe list of ECS instances to use when creating a cluster with existing nodes. These instances are added to the cluster as worker nodes.\n\n> This field is required when you create a cluster with existing instances.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ip_stack",
            flag: "ip-stack",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP protocol stack of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_enterprise_security_group",
            flag: "is-enterprise-security-group",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable automatic creation of an advanced security group. This parameter takes effect when `security_group_id` is empty.\n\n> When a basic security group is used, the total number of nodes and Terway pods in the cluster cannot exceed 2,000. Therefore, when creating a Terway network type cluster, use an advanced security group.\n\n- `true`: Creates and uses an advanced security group.\n- `false`: Uses a basic security group.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "keep_instance_name",
            flag: "keep-instance-name",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Selecting existing nodes during cluster creation is not supported. To add existing nodes to a cluster, create a node pool first and call the [AttachInstancesToNodePool](https://help.aliyun.com/document_detail/2667920.html) operation.\n\nSpecifies whether to retain instance names when creating a cluster with existing instances.\n\n- `true`: Retains the instance names.\n- `false`: Does not retain the instance names. The names are replaced based on system rules.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `key_pair` parameter under `control_plane_config` instead. For node pool configuration, use the `key_pair` parameter under `scaling_group` in `nodepool` instead.\n\nThe name of the key pair. Mutually exclusive with `login_password`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_version",
            flag: "kubernetes-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster version, which is consistent with the Kubernetes community baseline version. Use the latest version. If you do not specify this parameter, the latest version is used by default.\n\nYou can create clusters of the three most recent versions. Call the [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) operation to query supported cluster versions.\n\nFor more information about Kubernetes versions supported by ACK, see [Kubernetes version release overview](https://help.aliyun.com/document_detail/185269.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "load_balancer_id",
            flag: "load-balancer-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Classic Load Balancer (CLB) instance ID used for API Server access. If this parameter is specified, automatic creation of an API Server CLB instance is skipped.\n\n> Ensure that the CLB instance has no other dependencies such as listeners or backend servers. Shared and Internet-facing CLB instances are not supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "load_balancer_spec",
            flag: "load-balancer-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** CLB uses pay-by-usage billing. This parameter does not take effect.\n\nThe load balancing specification. Valid values:\n\n- slb.s1.small\n- slb.s2.small\n- slb.s2.medium\n- slb.s3.small\n- slb.s3.medium\n- slb.s3.large\n\nDefault value: `slb.s2.small`.",
            ),
            default: Some("\"slb.s2.small\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "logging_type",
            flag: "logging-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Enables the log service for the cluster. This parameter takes effect only for ACK Serverless clusters, and the value must be `SLS`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_password",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `login_password` parameter under `control_plane_config` instead. For node pool configuration, use the `login_password` parameter under `scaling_group` in `nodepool` instead.\n\nThe SSH logon password. Mutually exclusive with `key_pair`. The password must be 8 to 30 characters in length and contain at least three of the following character types: uppercase letters, lowercase letters, digits, and special characters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maintenance_window",
            flag: "maintenance-window",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::maintenance_window::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster O&M window."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_auto_renew",
            flag: "master-auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `auto_renew` parameter under `control_plane_config` instead.\n\nSpecifies whether to enable auto-renewal for master nodes. This parameter takes effect only when `master_instance_charge_type` is set to `PrePaid`. Valid values:\n\n- `true`: Enables auto-renewal.\n- `false`: Disables auto-renewal.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_auto_renew_period",
            flag: "master-auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `auto_renew_period` parameter under `control_plane_config` instead.\n\nThe auto-renewal epoch for master nodes. This parameter takes effect and is required only when the subscription billing method is selected.\n\nValid values: {1, 2, 3, 6, 12}.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_count",
            flag: "master-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `size` parameter under `control_plane_config` instead.\n\nThe number of master nodes. Valid values: `3` or `5`.\n\nDefault value: `3`.",
            ),
            default: Some("3"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_instance_charge_type",
            flag: "master-instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `instance_charge_type` parameter under `control_plane_config` instead.\n\nThe billing method for master nodes. Valid values:\n\n- `PrePaid`: Subscription.\n- `PostPaid`: Pay-as-you-go.\n\nDefault value: `PostPaid`.",
            ),
            default: Some("\"PostPaid\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_instance_types",
            flag: "master-instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `instance_types` parameter under `control_plane_config` instead.\n\nThe instance types for master nodes. For more information, see [Instance families](https://help.aliyun.com/document_detail/25378.html).",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_period",
            flag: "master-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `unit` parameter under `control_plane_config` instead.\n\nThe subscription duration for master nodes. This parameter takes effect and is required only when `master_instance_charge_type` is set to `PrePaid`.\n\nValid values: {1, 2, 3, 6, 12, 24, 36, 48, 60}.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_period_unit",
            flag: "master-period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `period_unit` parameter under `control_plane_config` instead.\n\nThe subscription period unit for master nodes. This parameter is required when the billing method is `PrePaid`.\n\nValid values: `Month`. Currently, only monthly billing is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_system_disk_category",
            flag: "master-system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `system_disk_category` parameter under `control_plane_config` instead.\n\nThe system cloud disk type for master nodes. Valid values:\n\n- `cloud_efficiency`: Ultra cloud disk.\n- `cloud_ssd`: Standard SSD.\n- `cloud_essd`: Enterprise SSD (ESSD).\n\nDefault value: `cloud_ssd`. The default value may vary by zone.",
            ),
            default: Some("\"cloud_ssd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_system_disk_performance_level",
            flag: "master-system-disk-performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `system_disk_performance_level` parameter under `control_plane_config` instead.\n\nThe performance level of the system cloud disk for master nodes. This parameter takes effect only for ESSD cloud disks. The performance level is related to the disk size. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_system_disk_size",
            flag: "master-system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `system_disk_size` parameter under `control_plane_config` instead.\n\nThe system cloud disk size for master nodes. Valid values: \\[40,500\\]. Unit: GiB.\n\nDefault value: `120`.",
            ),
            default: Some("120"),
            minimum: Some(40i64),
            maximum: Some(500i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_system_disk_snapshot_policy_id",
            flag: "master-system-disk-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the `system_disk_snapshot_policy_id` parameter under `control_plane_config` instead.\n\nThe ID of the automatic snapshot policy for master node system cloud disks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_vswitch_ids",
            flag: "master-vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `vswitch_ids` parameter instead.\n\nThe list of vSwitch IDs for master nodes. The number of vSwitches must be in the range of \\[1,3\\]. To ensure high availability, select three vSwitches distributed across different zones.\n\nThe number of specified instance types must match the value of `master_count` and correspond one-to-one with the elements in `master_vswitch_ids`.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom cluster name. The name can contain digits, Chinese characters, letters, and hyphens (-). The name must be 1 to 63 characters in length and cannot start with a hyphen (-).",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nat_gateway",
            flag: "nat-gateway",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `snat_entry` parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_cidr_mask",
            flag: "node-cidr-mask",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The number of IP addresses per node, determined by specifying the network CIDR block. This parameter takes effect only for Flannel network type clusters.\n\nDefault value: `26`.",
            ),
            default: Some("\"26\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_name_mode",
            flag: "node-name-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For node pool configuration, use the `node_name_mode` parameter under `kubernetes_config` in `nodepool` instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_port_range",
            flag: "node-port-range",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node service port range. Valid port range: \\[30000,65535\\].\n\nDefault value: `30000-32767`.",
            ),
            default: Some("\"30000-32767\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepools",
            flag: "nodepools",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::nodepool::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node pools."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "num_of_nodes",
            flag: "num-of-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the desired_size parameter under scaling_group in nodepool instead.\n\nThe number of worker nodes. Valid values: 0 to 100.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "operation_policy",
            flag: "operation-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::operation_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster automatic O&M policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "os_type",
            flag: "os-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane node configuration, use the image_type parameter under control_plane_config instead. For node pool configuration, use the image_type parameter under scaling_group in nodepool instead.\n\nThe operating system platform type. Valid values:\n\n- Windows\n- Linux\n\nDefault value: `Linux`.",
            ),
            default: Some("\"Linux\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period",
            flag: "period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe subscription duration. This parameter takes effect and is required only when charge_type is set to PrePaid.\n\nValid values: 1, 2, 3, 6, 12, 24, 36, 48, and 60.\n\nDefault value: 1.\n\nThis parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster API parameters](https://help.aliyun.com/document_detail/2849194.html).",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "period_unit",
            flag: "period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe billing cycle. This parameter is required when the billing method is set to PrePaid.\n\nValid values: Month. Currently, only monthly billing cycles are supported.\n\nThis parameter was changed on October 15, 2024. For more information, see [Notice on behavior changes of the CreateCluster API parameters](https://help.aliyun.com/document_detail/2849194.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "platform",
            flag: "platform",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For node pool configuration, use the platform parameter under scaling_group in nodepool instead.\n\nThe operating system distribution. Valid values:\n\n- CentOS\n- AliyunLinux\n- QbootAliyunLinux\n- Qboot\n- Windows\n- WindowsCore\n\nDefault value: `CentOS`.",
            ),
            default: Some("\"CentOS\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pod_vswitch_ids",
            flag: "pod-vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** When the Terway network plugin is selected, specify vSwitches for Pod IP address allocation. Each Pod vSwitch corresponds to a worker node vSwitch, and the zones of the Pod vSwitch and the worker node vSwitch must be the same.\n\n> The CIDR block mask of the Pod vSwitch should not exceed 19 and must not exceed 25. Otherwise, the number of Pod IP addresses available in the cluster network is very limited, which affects normal cluster usage.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "When `cluster_type` is set to `ManagedKubernetes` (ACK managed clusters), you can further specify the cluster subtype.\n\n- `Default`: ACK managed cluster, including ACK clusters (Pro and Basic editions).\n- `Edge`: ACK Edge cluster, including ACK Edge clusters (Pro and Basic editions).\n- `Serverless`: ACK Serverless cluster, including ACK Serverless clusters (Pro and Basic editions).\n- `Lingjun`: ACK Lingjun cluster, available in Pro edition.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "proxy_mode",
            flag: "proxy-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The kube-proxy mode.\n\n- `iptables`: A mature and stable kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using iptables rules. Performance is moderate and affected by cluster scale. This mode is suitable for clusters with a small number of Services.\n- `ipvs`: A high-performance kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using the Linux IPVS module. This mode is suitable for clusters with a large number of Services that require high load balancing performance.\n- `nftables`: A next-generation kube-proxy mode that implements Service discovery and load balancing based on Linux nftables. It is a modern replacement for iptables. Compared with iptables, nftables delivers better network performance, more efficient rule updates, and improved performance in large-scale Service scenarios.\n\nOnly supported for clusters running version 1.35 or later. The Kubernetes community deprecated IPVS starting from version 1.35. For new clusters, use nftables for longer-term community support.\n\nDefault value: `ipvs`.",
            ),
            default: Some("\"ipvs\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rds_instances",
            flag: "rds-instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For node pool configuration, use the rds_instances parameter under scaling_group in nodepool instead.\n\nThe list of ApsaraDB RDS instances to which you want to add the cluster nodes to the whitelist. Add the container Pod CIDR block and node CIDR block to the RDS whitelist directly. Setting RDS instances may fail if the instances are not in a running state.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the region where the cluster is deployed. For details, see [Regions supported by container service](https://help.aliyun.com/document_detail/216938.html).",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the resource group to which the cluster belongs. Use this parameter to isolate different resources.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rrsa_config",
            flag: "rrsa-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rrsa_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The RRSA feature configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::runtime::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The container runtime used by the cluster. Supported runtimes include containerd, sandboxed containers, and Docker.\n\n> Kubernetes 1.24 no longer supports Docker as a built-in container runtime.\n\nFor more information, see [Comparison of Docker, containerd, and sandboxed container runtimes](https://help.aliyun.com/document_detail/160313.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_id",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of an existing security group. This parameter is mutually exclusive with `is_enterprise_security_group`. Cluster nodes are automatically added to this security group.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_hardening_os",
            flag: "security-hardening-os",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane configuration, use the security_hardening_os parameter under control_plane_config instead. For node pool configuration, use the security_hardening_os parameter under scaling_group in nodepool instead.\n\nAlibaba Cloud OS security hardening. Valid values:\n\n- `true`: Enables Alibaba Cloud OS security hardening.\n- `false`: Does not enable Alibaba Cloud OS security hardening.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "service_account_issuer",
            flag: "service-account-issuer",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A ServiceAccount is the access credential used for communication between a Pod and the cluster API Server. The `service-account-issuer` is the issuer identity in the `serviceaccount token`, which is the `iss` field in the `token payload`.\n\nFor more information about `ServiceAccount`, see [Deploy service account token volume projection](https://help.aliyun.com/document_detail/160384.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "service_cidr",
            flag: "service-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CIDR block for the Service network. Valid ranges: 10.0.0.0/16-24, 172.16-31.0.0/16-24, and 192.168.0.0/16-24. The CIDR block cannot overlap with the VPC CIDR block 10.1.0.0/21 or CIDR blocks used by existing Kubernetes clusters in the VPC. This value cannot be modified after the cluster is created.\n\nDefault value: 172.19.0.0/20.",
            ),
            default: Some("\"172.19.0.0/20\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "service_discovery_types",
            flag: "service-discovery-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The service discovery type within the cluster, used to specify the service discovery method in `ACK Serverless` clusters.\n\n- `CoreDNS`: Uses the Kubernetes-native standard service discovery component CoreDNS. A set of containers must be deployed in the cluster for DNS resolution. By default, two ECI instances with 0.25 Core and 512 MiB specifications are used.\n- `PrivateZone`: Uses Alibaba Cloud PrivateZone to provide service discovery capabilities. The PrivateZone service must be activated.\n\nDefault value: not enabled.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "snat_entry",
            flag: "snat-entry",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to configure SNAT for the VPC. Valid values:\n\n- `true`: Automatic creation of a NAT gateway and automatic configuration of SNAT rules. Settings this to `true` if nodes and applications in the cluster need to access the Internet.\n- `false`: Does not create a NAT gateway or SNAT rules. Nodes and applications in the cluster cannot access the Internet.\n\n> If this is not enabled during cluster creation and Internet access is required later, you can [manually enable it](https://help.aliyun.com/document_detail/178480.html).\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "soc_enabled",
            flag: "soc-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For cluster control plane node configurations, use the `soc_enabled` parameter under `control_plane_config` instead. For node pool configurations, use the `soc_enabled` parameter under `scaling_group` in `nodepool` instead.\n\nMLPS 2.0 security hardening. For more information, see \\[China Chinese China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China China",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ssh_flags",
            flag: "ssh-flags",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable public network SSH logon. This parameter is used to log on to the master nodes of ACK dedicated clusters. This parameter does not take effect for managed clusters.\n\n- `true`: Enabled.\n- `false`: Not enabled.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The node tags. Tag definition rules:\n\n- Tags are case-sensitive key-value pairs. You can settings up to 20 tags.\n- Tag keys cannot be duplicated and can be up to 64 characters in length. Tag values can be empty and can be up to 128 characters in length. Tag keys and tag values cannot start with \"aliyun\", \"acs:\", \"https://\", or \"http://\". For details, see [Labels and Selectors](https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).",
            ),
            list: true,
            max_items: Some(20u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "taints",
            flag: "taints",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::taint::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For node pool configuration, use the taints parameter under kubernetes_config in nodepool instead.\n\nThe node taint information. Taints and tolerations work together to prevent Pods from being allocated to inappropriate nodes. For more information, see [taint-and-toleration](https://kubernetes.io/zh/docs/concepts/scheduling-eviction/taint-and-toleration/).",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "timeout_mins",
            flag: "timeout-mins",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** When cluster creation fails, the system does not perform a rollback by default. You must manually clean up the failed cluster.\n\nThe cluster creation timeout period, in minutes.\n\nDefault value: `60`.",
            ),
            default: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "timezone",
            flag: "timezone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time zone used by the cluster. For more information, see [Supported time zones](https://help.aliyun.com/document_detail/354879.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user_ca",
            flag: "user-ca",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The custom cluster CA."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user_data",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The custom node data.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vpcid",
            flag: "vpcid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The VPC used by the cluster. You must provide a VPC when creating a cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The vSwitches where the cluster nodes reside. This parameter is required when creating a zero-node managed cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_auto_renew",
            flag: "worker-auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For node pool configuration, use the auto_renew parameter under scaling_group in nodepool instead.\n\nSpecifies whether to enable auto-renewal for worker nodes. This parameter takes effect only when `worker_instance_charge_type` is set to `PrePaid`. Valid values:\n\n- `true`: Enables auto-renewal.\n- `false`: Does not enable auto-renewal.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_auto_renew_period",
            flag: "worker-auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** For node pool configuration, use the auto_renew_period parameter under scaling_group in nodepool instead.\n\nThe Unified Auto Renewal Cycle for worker nodes. This parameter takes effect and is required only when the subscription billing method is selected.\n\nValid values: 1, 2, 3, 6, and 12.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_data_disks",
            flag: "worker-data-disks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::worker_data_disks::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the data_disks parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe combination of data cloud disk type, size, and other configurations for worker nodes.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_instance_charge_type",
            flag: "worker-instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the instance_charge_type parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe billing method for worker nodes. Valid values:\n\n- `PrePaid`: subscription.\n- `PostPaid`: pay-as-you-go.\n\nDefault value: pay-as-you-go.",
            ),
            default: Some("\"pay-as-you-go\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_instance_types",
            flag: "worker-instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the instance_types parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe instance configurations for worker nodes.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_period",
            flag: "worker-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the period parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe subscription duration for worker nodes. This parameter takes effect and is required only when `worker_instance_charge_type` is set to `PrePaid`.\n\nValid values: {1, 2, 3, 6, 12, 24, 36, 48, 60}.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_period_unit",
            flag: "worker-period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the period_unit parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe billing period unit for worker nodes. This parameter is required when the billing method is `PrePaid`.\n\nValid values: `Month`. Currently, only monthly billing is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_system_disk_category",
            flag: "worker-system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the system_disk_category parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe system cloud disk type for worker nodes. For more information, see [Block storage overview](https://help.aliyun.com/document_detail/63136.html).\n\nValid values:\n\n- `cloud_efficiency`: ultra cloud disk.\n- `cloud_ssd`: standard SSD.\n\nDefault value: `cloud_ssd`.",
            ),
            default: Some("\"cloud_ssd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_system_disk_performance_level",
            flag: "worker-system-disk-performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the system_disk_performance_level parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe performance level (PL) of the system cloud disk when the system cloud disk is an ESSD. For more information, see [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).\n\nValid values:\n\n- PL0\n- PL1\n- PL2\n- PL3",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_system_disk_size",
            flag: "worker-system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the system_disk_size parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe system cloud disk size for worker nodes. Unit: GiB.\n\nValid values: \\[40,500\\].\n\nThe value of this parameter must be greater than or equal to max{40, ImageSize}.\n\nDefault value: `120`.",
            ),
            default: Some("120"),
            minimum: Some(40i64),
            maximum: Some(500i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_system_disk_snapshot_policy_id",
            flag: "worker-system-disk-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the system_disk_snapshot_policy_id parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe ID of the automatic snapshot policy used by the system cloud disks of worker nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_vswitch_ids",
            flag: "worker-vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the vswitch_ids parameter under scaling_group in nodepool instead for node pool configurations.\n\nThe list of vSwitches used by cluster nodes. Each node corresponds to one value.\n\nWhen you create a managed cluster with zero nodes, the `worker_vswitch_ids` field is not required, but you must provide `vswitch_ids`.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "zone_id",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the `zone_ids` parameter instead.\n\nThe active zone ID of the region to which the cluster belongs. This parameter is specific to ACK managed clusters.\n\nWhen you create an ACK managed cluster without specifying `vpc_id` and `vswitch_ids`, you must specify `zone_id` for the cluster to automatically create a VPC and related network resources in the specified zone. This parameter is ignored when `vpc_id` and `vswitch_ids` are specified.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "zone_ids",
            flag: "zone-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The IDs of multiple zones in the region to which the cluster belongs. This parameter is specific to ACK managed clusters.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/clusters",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
