// @generated from spec/cs/2015-12-15/actions/DescribeClusterDetail.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterDetail` action:

/// Marker type tying the request and response of `DescribeClusterDetail` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterDetail;

impl sdk_shape::Action for DescribeClusterDetail {
    type Request = DescribeClusterDetailRequest;
    type Response = DescribeClusterDetailResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterDetail`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterDetailRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `DescribeClusterDetail`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterDetailResponse {
    /// The intelligent management mode configuration.
    ///
    /// Wire name: `auto_mode`.
    #[serde(rename = "auto_mode", default, skip_serializing_if = "Option::is_none")]
    pub auto_mode: Option<crate::types::AutoMode>,
    /// The local domain name of the cluster.
    ///
    /// Wire name: `cluster_domain`.
    #[serde(rename = "cluster_domain", default, skip_serializing_if = "Option::is_none")]
    pub cluster_domain: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The specification of the cluster when `cluster_type` is set to `ManagedKubernetes` and `profile` is configured. Valid values:
    ///
    /// - `ack.standard`: Basic Edition (selected by default if the value is empty).
    /// - `ack.pro.small`: Pro Edition.
    /// - `ack.pro.xlarge`: Pro XL.
    /// - `ack.pro.2xlarge`: Pro 2XL.
    /// - `ack.pro.4xlarge`: Pro 4XL (requires contacting customer service to apply for whitelist access).
    ///
    /// Pro XL, Pro 2XL, and Pro 4XL are the three tiers provided by the \<props="china">[ACK Pro provisioned control plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\<props="intl">[ACK Pro provisioned control plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and fixing control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities are always maintained at a consistently high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.
    ///
    /// For the cluster management fees of the Pro Edition and provisioned control plane editions, see \<props="china">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\<props="intl">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// The cluster type. Valid values:
    ///
    /// - `Kubernetes`: ACK dedicated cluster.
    ///
    /// - `ManagedKubernetes`: ACK ACK clusters, including ACK ACK clusters (ACK Pro Edition and ACK Basic Edition), ACK Serverless clusters (Pro Edition and Basic Edition), ACK Edge clusters (Pro Edition and Basic Edition), and ACK Lingjun clusters (Pro Edition).
    ///
    /// - `ExternalKubernetes`: Registered cluster.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The Pod CIDR block for the Flannel network configuration.
    ///
    /// Wire name: `container_cidr`.
    #[serde(rename = "container_cidr", default, skip_serializing_if = "Option::is_none")]
    pub container_cidr: Option<String>,
    /// The control plane configuration for dedicated clusters.
    ///
    /// Wire name: `control_plane_config`.
    #[serde(
        rename = "control_plane_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_plane_config: Option<
        crate::types::DescribeClusterDetailControlPlaneConfig,
    >,
    /// The connection configuration of the cluster.
    ///
    /// Wire name: `control_plane_endpoints_config`.
    #[serde(
        rename = "control_plane_endpoints_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_plane_endpoints_config: Option<
        crate::types::DescribeClusterDetailControlPlaneEndpointsConfig,
    >,
    /// The time when the cluster was created.
    ///
    /// Wire name: `created`.
    #[serde(rename = "created", default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The current version of the cluster. For more information about the Kubernetes versions supported by ACK, see [Overview of Kubernetes versions](https://help.aliyun.com/document_detail/185269.html).
    ///
    /// Wire name: `current_version`.
    #[serde(
        rename = "current_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_version: Option<String>,
    /// Specifies whether deletion protection is enabled for the cluster. This prevents the cluster from being accidentally deleted through the console or API calls. Valid values:
    ///
    /// - `true`: Deletion protection is enabled. The cluster cannot be deleted through the console or API calls.
    /// - `false`: Deletion protection is disabled. The cluster can be deleted through the console or API calls.
    ///
    /// Wire name: `deletion_protection`.
    #[serde(
        rename = "deletion_protection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    /// The Docker version in the cluster.
    ///
    /// Wire name: `docker_version`.
    #[serde(rename = "docker_version", default, skip_serializing_if = "Option::is_none")]
    pub docker_version: Option<String>,
    /// The instance ID of the Ingress load balancer for the cluster.
    ///
    /// Wire name: `external_loadbalancer_id`.
    #[serde(
        rename = "external_loadbalancer_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_loadbalancer_id: Option<String>,
    /// The custom Subject Alternative Names (SANs) for the API server certificate.
    ///
    /// Wire name: `extra_sans`.
    #[serde(rename = "extra_sans", default, skip_serializing_if = "Option::is_none")]
    pub extra_sans: Option<Vec<String>>,
    /// The initial version of the cluster.
    ///
    /// Wire name: `init_version`.
    #[serde(rename = "init_version", default, skip_serializing_if = "Option::is_none")]
    pub init_version: Option<String>,
    /// The IP stack of the cluster. Valid values:
    ///
    /// - ipv4: The cluster supports only the IPv4 stack.
    /// - dual: The cluster supports both IPv4 and IPv6 stacks.
    ///
    /// Wire name: `ip_stack`.
    #[serde(rename = "ip_stack", default, skip_serializing_if = "Option::is_none")]
    pub ip_stack: Option<String>,
    /// The maintenance window configuration of the cluster. This configuration takes effect only for managed clusters, namely ACK Pro clusters.
    ///
    /// Wire name: `maintenance_window`.
    #[serde(
        rename = "maintenance_window",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maintenance_window: Option<crate::types::MaintenanceWindow>,
    /// The access endpoints of the cluster, including the internal network and public network access endpoints.
    ///
    /// Wire name: `master_url`.
    #[serde(rename = "master_url", default, skip_serializing_if = "Option::is_none")]
    pub master_url: Option<String>,
    /// The metadata of the cluster.
    ///
    /// Wire name: `meta_data`.
    #[serde(rename = "meta_data", default, skip_serializing_if = "Option::is_none")]
    pub meta_data: Option<String>,
    /// The name of the cluster.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The network type of the cluster, such as VPC.
    ///
    /// Wire name: `network_mode`.
    #[serde(rename = "network_mode", default, skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<String>,
    /// The version to which the cluster can be upgraded.
    ///
    /// Wire name: `next_version`.
    #[serde(rename = "next_version", default, skip_serializing_if = "Option::is_none")]
    pub next_version: Option<String>,
    /// Applicable only to the Flannel network plugin.
    ///
    /// The size of the subnet mask allocated to nodes, which controls the number of IP addresses that can be allocated to each node.
    ///
    /// Wire name: `node_cidr_mask`.
    #[serde(rename = "node_cidr_mask", default, skip_serializing_if = "Option::is_none")]
    pub node_cidr_mask: Option<String>,
    /// The automatic O&M policy of the cluster.
    ///
    /// Wire name: `operation_policy`.
    #[serde(
        rename = "operation_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_policy: Option<crate::types::OperationPolicy>,
    /// The collection of Resource Orchestration Service (ROS) parameters for the cluster.
    ///
    /// Wire name: `parameters`.
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
    /// Specifies whether PrivateZone is enabled for the cluster. Valid values:
    ///
    /// - `true`: Enabled.
    /// - `false`: Disabled.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `private_zone`.
    #[serde(rename = "private_zone", default, skip_serializing_if = "Option::is_none")]
    pub private_zone: Option<bool>,
    /// The cluster subtype.
    ///
    /// - `Default`: ACK managed clusters, including ACK Cluster Pro Edition and ACK Cluster Basic Edition.
    ///
    /// - `Edge`: ACK Edge clusters, including ACK Edge Cluster Pro Edition and ACK Edge Cluster Basic Edition.
    ///
    /// - `Serverless`: ACK Serverless clusters, including ACK Serverless Cluster Pro Edition and ACK Serverless Cluster Basic Edition.
    ///
    /// - `Lingjun`: ACK Lingjun clusters, available only in the Pro Edition.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The kube-proxy mode. Valid values:
    ///
    /// - `iptables`: The mature and stable kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using iptables rules. However, the performance is average and heavily affected by the scale. This mode is suitable for clusters with a small number of Services.
    /// - `ipvs`: The high-performance kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using the Linux IPVS module. This mode is suitable for clusters with a large number of Services and scenarios that require high-performance load balancing.
    ///
    /// Wire name: `proxy_mode`.
    #[serde(rename = "proxy_mode", default, skip_serializing_if = "Option::is_none")]
    pub proxy_mode: Option<String>,
    /// The ID of the region where the cluster is deployed.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The ID of the resource group to which the cluster belongs.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The RAM Roles for Service Accounts (RRSA) configuration.
    ///
    /// Wire name: `rrsa_config`.
    #[serde(rename = "rrsa_config", default, skip_serializing_if = "Option::is_none")]
    pub rrsa_config: Option<crate::types::DescribeClusterDetailRrsaConfig>,
    /// The ID of the security group to which the cluster belongs.
    ///
    /// Wire name: `security_group_id`.
    #[serde(
        rename = "security_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The CIDR block of the Service network.
    ///
    /// Wire name: `service_cidr`.
    #[serde(rename = "service_cidr", default, skip_serializing_if = "Option::is_none")]
    pub service_cidr: Option<String>,
    /// The number of nodes in the cluster, including master nodes and worker nodes.
    ///
    /// Wire name: `size`.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The cluster status. Valid values:
    ///
    /// - `initial`: The cluster is being created.
    /// - `failed`: Cluster creation failed.
    /// - `running`: The cluster is running.
    /// - `updating`: The cluster is being updated.
    /// - `upgrading`: The cluster is being upgraded.
    /// - `removing`: Nodes are being removed.
    /// - `draining`: Nodes are being drained.
    /// - `scaling`: The cluster is being scaled.
    /// - `inactive`: The cluster is inactive.
    /// - `unavailable`: The cluster is unavailable.
    /// - `deleting`: The cluster is being deleted.
    /// - `deleted`: The cluster has been deleted.
    /// - `delete_failed`: Cluster deletion failed.
    /// - `waiting`: The cluster is waiting for access.
    /// - `disconnected`: The cluster is disconnected.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The Pod CIDR block.
    ///
    /// Wire name: `subnet_cidr`.
    #[serde(rename = "subnet_cidr", default, skip_serializing_if = "Option::is_none")]
    pub subnet_cidr: Option<String>,
    /// The cluster resource tags.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The time zone.
    ///
    /// Wire name: `timezone`.
    #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The time when the cluster was updated.
    ///
    /// Wire name: `updated`.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The ID of the virtual private cloud (VPC) where the cluster is deployed. This parameter is required when you create a cluster.
    ///
    /// Wire name: `vpc_id`.
    #[serde(rename = "vpc_id", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The vSwitch ID. **\[Deprecated\]** To query the vSwitches for the control plane, use vswitch_ids. To query the vSwitches for the data plane, query the vswitch_ids of the node pool.
    ///
    /// Wire name: `vswitch_id`.
    #[serde(rename = "vswitch_id", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_id: Option<String>,
    /// The vSwitches for the cluster control plane.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
    /// The name of the RAM role for worker nodes. This role authorizes ECS instances to act as worker nodes in the cluster.
    ///
    /// Wire name: `worker_ram_role_name`.
    #[serde(
        rename = "worker_ram_role_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_ram_role_name: Option<String>,
    /// The ID of the zone where the cluster is deployed.
    ///
    /// Wire name: `zone_id`.
    #[serde(rename = "zone_id", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl DescribeClusterDetailResponse {
    /// The intelligent management mode configuration (`auto_mode`).
    pub fn auto_mode(&self) -> Option<&crate::types::AutoMode> {
        self.auto_mode.as_ref()
    }

    /// The local domain name of the cluster (`cluster_domain`).
    pub fn cluster_domain(&self) -> Option<&str> {
        self.cluster_domain.as_deref()
    }

    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The specification of the cluster when `cluster_type` is set to `ManagedKubernetes` and `profile` is configured. Valid values: (`cluster_spec`).
    pub fn cluster_spec(&self) -> Option<&str> {
        self.cluster_spec.as_deref()
    }

    /// The cluster type. Valid values: (`cluster_type`).
    pub fn cluster_type(&self) -> Option<&str> {
        self.cluster_type.as_deref()
    }

    /// The Pod CIDR block for the Flannel network configuration (`container_cidr`).
    pub fn container_cidr(&self) -> Option<&str> {
        self.container_cidr.as_deref()
    }

    /// The control plane configuration for dedicated clusters (`control_plane_config`).
    pub fn control_plane_config(
        &self,
    ) -> Option<&crate::types::DescribeClusterDetailControlPlaneConfig> {
        self.control_plane_config.as_ref()
    }

    /// The connection configuration of the cluster (`control_plane_endpoints_config`).
    pub fn control_plane_endpoints_config(
        &self,
    ) -> Option<&crate::types::DescribeClusterDetailControlPlaneEndpointsConfig> {
        self.control_plane_endpoints_config.as_ref()
    }

    /// The time when the cluster was created (`created`).
    pub fn created(&self) -> Option<&str> {
        self.created.as_deref()
    }

    /// The current version of the cluster. For more information about the Kubernetes versions supported by ACK, see [Overview of Kubernetes versions](https://help.aliyun.com/document_detail/185269.html) (`current_version`).
    pub fn current_version(&self) -> Option<&str> {
        self.current_version.as_deref()
    }

    /// Specifies whether deletion protection is enabled for the cluster. This prevents the cluster from being accidentally deleted through the console or API calls. Valid values: (`deletion_protection`).
    pub fn deletion_protection(&self) -> Option<bool> {
        self.deletion_protection
    }

    /// The Docker version in the cluster (`docker_version`).
    pub fn docker_version(&self) -> Option<&str> {
        self.docker_version.as_deref()
    }

    /// The instance ID of the Ingress load balancer for the cluster (`external_loadbalancer_id`).
    pub fn external_loadbalancer_id(&self) -> Option<&str> {
        self.external_loadbalancer_id.as_deref()
    }

    /// The custom Subject Alternative Names (SANs) for the API server certificate (`extra_sans`).
    pub fn extra_sans(&self) -> &[String] {
        self.extra_sans.as_deref().unwrap_or_default()
    }

    /// The initial version of the cluster (`init_version`).
    pub fn init_version(&self) -> Option<&str> {
        self.init_version.as_deref()
    }

    /// The IP stack of the cluster. Valid values: (`ip_stack`).
    pub fn ip_stack(&self) -> Option<&str> {
        self.ip_stack.as_deref()
    }

    /// The maintenance window configuration of the cluster. This configuration takes effect only for managed clusters, namely ACK Pro clusters (`maintenance_window`).
    pub fn maintenance_window(&self) -> Option<&crate::types::MaintenanceWindow> {
        self.maintenance_window.as_ref()
    }

    /// The access endpoints of the cluster, including the internal network and public network access endpoints (`master_url`).
    pub fn master_url(&self) -> Option<&str> {
        self.master_url.as_deref()
    }

    /// The metadata of the cluster (`meta_data`).
    pub fn meta_data(&self) -> Option<&str> {
        self.meta_data.as_deref()
    }

    /// The name of the cluster (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The network type of the cluster, such as VPC (`network_mode`).
    pub fn network_mode(&self) -> Option<&str> {
        self.network_mode.as_deref()
    }

    /// The version to which the cluster can be upgraded (`next_version`).
    pub fn next_version(&self) -> Option<&str> {
        self.next_version.as_deref()
    }

    /// Applicable only to the Flannel network plugin (`node_cidr_mask`).
    pub fn node_cidr_mask(&self) -> Option<&str> {
        self.node_cidr_mask.as_deref()
    }

    /// The automatic O&M policy of the cluster (`operation_policy`).
    pub fn operation_policy(&self) -> Option<&crate::types::OperationPolicy> {
        self.operation_policy.as_ref()
    }

    /// The collection of Resource Orchestration Service (ROS) parameters for the cluster (`parameters`).
    pub fn parameters(&self) -> Option<&serde_json::Value> {
        self.parameters.as_ref()
    }

    /// Specifies whether PrivateZone is enabled for the cluster. Valid values: (`private_zone`).
    pub fn private_zone(&self) -> Option<bool> {
        self.private_zone
    }

    /// The cluster subtype (`profile`).
    pub fn profile(&self) -> Option<&str> {
        self.profile.as_deref()
    }

    /// The kube-proxy mode. Valid values: (`proxy_mode`).
    pub fn proxy_mode(&self) -> Option<&str> {
        self.proxy_mode.as_deref()
    }

    /// The ID of the region where the cluster is deployed (`region_id`).
    pub fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The ID of the resource group to which the cluster belongs (`resource_group_id`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The RAM Roles for Service Accounts (RRSA) configuration (`rrsa_config`).
    pub fn rrsa_config(&self) -> Option<&crate::types::DescribeClusterDetailRrsaConfig> {
        self.rrsa_config.as_ref()
    }

    /// The ID of the security group to which the cluster belongs (`security_group_id`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The CIDR block of the Service network (`service_cidr`).
    pub fn service_cidr(&self) -> Option<&str> {
        self.service_cidr.as_deref()
    }

    /// The number of nodes in the cluster, including master nodes and worker nodes (`size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }

    /// The cluster status. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The Pod CIDR block (`subnet_cidr`).
    pub fn subnet_cidr(&self) -> Option<&str> {
        self.subnet_cidr.as_deref()
    }

    /// The cluster resource tags (`tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The time zone (`timezone`).
    pub fn timezone(&self) -> Option<&str> {
        self.timezone.as_deref()
    }

    /// The time when the cluster was updated (`updated`).
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }

    /// The ID of the virtual private cloud (VPC) where the cluster is deployed. This parameter is required when you create a cluster (`vpc_id`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }

    /// The vSwitch ID. **\[Deprecated\]** To query the vSwitches for the control plane, use vswitch_ids. To query the vSwitches for the data plane, query the vswitch_ids of the node pool (`vswitch_id`).
    pub fn vswitch_id(&self) -> Option<&str> {
        self.vswitch_id.as_deref()
    }

    /// The vSwitches for the cluster control plane (`vswitch_ids`).
    pub fn vswitch_ids(&self) -> &[String] {
        self.vswitch_ids.as_deref().unwrap_or_default()
    }

    /// The name of the RAM role for worker nodes. This role authorizes ECS instances to act as worker nodes in the cluster (`worker_ram_role_name`).
    pub fn worker_ram_role_name(&self) -> Option<&str> {
        self.worker_ram_role_name.as_deref()
    }

    /// The ID of the zone where the cluster is deployed (`zone_id`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterDetail",
    command: "describe-cluster-detail",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "auto_mode",
            flag: "auto-mode",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_mode::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The intelligent management mode configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_domain",
            flag: "cluster-domain",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The local domain name of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The specification of the cluster when `cluster_type` is set to `ManagedKubernetes` and `profile` is configured. Valid values:\n\n- `ack.standard`: Basic Edition (selected by default if the value is empty).\n- `ack.pro.small`: Pro Edition.\n- `ack.pro.xlarge`: Pro XL.\n- `ack.pro.2xlarge`: Pro 2XL.\n- `ack.pro.4xlarge`: Pro 4XL (requires contacting customer service to apply for whitelist access).\n\nPro XL, Pro 2XL, and Pro 4XL are the three tiers provided by the \\<props=\"china\">[ACK Pro provisioned control plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\\<props=\"intl\">[ACK Pro provisioned control plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and fixing control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities are always maintained at a consistently high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.\n\nFor the cluster management fees of the Pro Edition and provisioned control plane editions, see \\<props=\"china\">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\\<props=\"intl\">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster type. Valid values:\n\n- `Kubernetes`: ACK dedicated cluster.\n\n- `ManagedKubernetes`: ACK ACK clusters, including ACK ACK clusters (ACK Pro Edition and ACK Basic Edition), ACK Serverless clusters (Pro Edition and Basic Edition), ACK Edge clusters (Pro Edition and Basic Edition), and ACK Lingjun clusters (Pro Edition).\n\n- `ExternalKubernetes`: Registered cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "container_cidr",
            flag: "container-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Pod CIDR block for the Flannel network configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "control_plane_config",
            flag: "control-plane-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_detail_control_plane_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The control plane configuration for dedicated clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "control_plane_endpoints_config",
            flag: "control-plane-endpoints-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_detail_control_plane_endpoints_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The connection configuration of the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "created",
            flag: "created",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time when the cluster was created."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "current_version",
            flag: "current-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The current version of the cluster. For more information about the Kubernetes versions supported by ACK, see [Overview of Kubernetes versions](https://help.aliyun.com/document_detail/185269.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deletion_protection",
            flag: "deletion-protection",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether deletion protection is enabled for the cluster. This prevents the cluster from being accidentally deleted through the console or API calls. Valid values:\n\n- `true`: Deletion protection is enabled. The cluster cannot be deleted through the console or API calls.\n- `false`: Deletion protection is disabled. The cluster can be deleted through the console or API calls.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "docker_version",
            flag: "docker-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Docker version in the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "external_loadbalancer_id",
            flag: "external-loadbalancer-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance ID of the Ingress load balancer for the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "extra_sans",
            flag: "extra-sans",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom Subject Alternative Names (SANs) for the API server certificate.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "init_version",
            flag: "init-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The initial version of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ip_stack",
            flag: "ip-stack",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The IP stack of the cluster. Valid values:\n\n- ipv4: The cluster supports only the IPv4 stack.\n- dual: The cluster supports both IPv4 and IPv6 stacks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maintenance_window",
            flag: "maintenance-window",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::maintenance_window::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The maintenance window configuration of the cluster. This configuration takes effect only for managed clusters, namely ACK Pro clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_url",
            flag: "master-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The access endpoints of the cluster, including the internal network and public network access endpoints.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "meta_data",
            flag: "meta-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The metadata of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "network_mode",
            flag: "network-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The network type of the cluster, such as VPC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_version",
            flag: "next-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The version to which the cluster can be upgraded.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_cidr_mask",
            flag: "node-cidr-mask",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Applicable only to the Flannel network plugin.\n\nThe size of the subnet mask allocated to nodes, which controls the number of IP addresses that can be allocated to each node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "operation_policy",
            flag: "operation-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::operation_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The automatic O&M policy of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The collection of Resource Orchestration Service (ROS) parameters for the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "private_zone",
            flag: "private-zone",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether PrivateZone is enabled for the cluster. Valid values:\n\n- `true`: Enabled.\n- `false`: Disabled.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster subtype.\n\n- `Default`: ACK managed clusters, including ACK Cluster Pro Edition and ACK Cluster Basic Edition.\n\n- `Edge`: ACK Edge clusters, including ACK Edge Cluster Pro Edition and ACK Edge Cluster Basic Edition.\n\n- `Serverless`: ACK Serverless clusters, including ACK Serverless Cluster Pro Edition and ACK Serverless Cluster Basic Edition.\n\n- `Lingjun`: ACK Lingjun clusters, available only in the Pro Edition.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "proxy_mode",
            flag: "proxy-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The kube-proxy mode. Valid values:\n\n- `iptables`: The mature and stable kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using iptables rules. However, the performance is average and heavily affected by the scale. This mode is suitable for clusters with a small number of Services.\n- `ipvs`: The high-performance kube-proxy mode. Service discovery and load balancing for Kubernetes Services are configured by using the Linux IPVS module. This mode is suitable for clusters with a large number of Services and scenarios that require high-performance load balancing.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the region where the cluster is deployed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the resource group to which the cluster belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rrsa_config",
            flag: "rrsa-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_detail_rrsa_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The RAM Roles for Service Accounts (RRSA) configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_id",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the security group to which the cluster belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "service_cidr",
            flag: "service-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CIDR block of the Service network."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of nodes in the cluster, including master nodes and worker nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster status. Valid values:\n\n- `initial`: The cluster is being created.\n- `failed`: Cluster creation failed.\n- `running`: The cluster is running.\n- `updating`: The cluster is being updated.\n- `upgrading`: The cluster is being upgraded.\n- `removing`: Nodes are being removed.\n- `draining`: Nodes are being drained.\n- `scaling`: The cluster is being scaled.\n- `inactive`: The cluster is inactive.\n- `unavailable`: The cluster is unavailable.\n- `deleting`: The cluster is being deleted.\n- `deleted`: The cluster has been deleted.\n- `delete_failed`: Cluster deletion failed.\n- `waiting`: The cluster is waiting for access.\n- `disconnected`: The cluster is disconnected.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "subnet_cidr",
            flag: "subnet-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Pod CIDR block."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster resource tags."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "timezone",
            flag: "timezone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time zone."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "updated",
            flag: "updated",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time when the cluster was updated."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vpc_id",
            flag: "vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the virtual private cloud (VPC) where the cluster is deployed. This parameter is required when you create a cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_id",
            flag: "vswitch-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The vSwitch ID. **\\[Deprecated\\]** To query the vSwitches for the control plane, use vswitch_ids. To query the vSwitches for the data plane, query the vswitch_ids of the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The vSwitches for the cluster control plane.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_ram_role_name",
            flag: "worker-ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the RAM role for worker nodes. This role authorizes ECS instances to act as worker nodes in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "zone_id",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the zone where the cluster is deployed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/clusters/{ClusterId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
