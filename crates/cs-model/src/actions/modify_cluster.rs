// @generated from spec/cs/2015-12-15/actions/ModifyCluster.json by `cargo xtask codegen`; do not edit.
//! The `ModifyCluster` action:

/// Marker type tying the request and response of `ModifyCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ModifyCluster;

impl sdk_shape::Action for ModifyCluster {
    type Request = ModifyClusterRequest;
    type Response = ModifyClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ModifyCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyClusterRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The access control list (ACL) for the API server SLB of a registered cluster.
    ///
    /// Wire name: `access_control_list`.
    #[serde(
        rename = "access_control_list",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_control_list: Option<Vec<String>>,
    /// The custom API server certificate Subject Alternative Names (SANs). This parameter adds custom IP addresses or domain names to the SAN field of the cluster API server certificate for client access control.
    ///
    /// Only managed clusters support this parameter.
    ///
    /// Wire name: `api_server_custom_cert_sans`.
    #[serde(
        rename = "api_server_custom_cert_sans",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub api_server_custom_cert_sans: Option<crate::types::ApiServerCustomCertSans>,
    /// Specifies whether the cluster is attached with an EIP for public network access to the API server. Valid values:
    ///
    /// - `true`: The cluster is attached with an EIP.
    /// - `false`: The cluster is not attached with an EIP.
    ///
    /// Wire name: `api_server_eip`.
    #[serde(rename = "api_server_eip", default, skip_serializing_if = "Option::is_none")]
    pub api_server_eip: Option<bool>,
    /// The instance ID of the EIP attached to the cluster API server. This parameter takes effect only when `api_server_eip` is set to `true`.
    ///
    /// Wire name: `api_server_eip_id`.
    #[serde(
        rename = "api_server_eip_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub api_server_eip_id: Option<String>,
    /// The client token.
    ///
    /// Wire name: `client_token`.
    #[serde(rename = "client_token", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// The custom cluster name. The name must be 1 to 63 characters in length and can contain digits, Chinese characters, letters, and hyphens (-). It cannot start with a hyphen (-).
    ///
    /// Wire name: `cluster_name`.
    #[serde(rename = "cluster_name", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// The cluster specification when `cluster_type` is set to `ManagedKubernetes` and `profile` is configured. Valid values:
    ///
    /// - `ack.pro.small`: Pro
    /// - `ack.pro.xlarge`: Pro XL
    /// - `ack.pro.2xlarge`: Pro 2XL
    /// - `ack.pro.4xlarge`: Pro 4XL (contact customer service to be added to the whitelist)
    ///
    /// Pro XL, Pro 2XL, and Pro 4XL are three tiers provided by \<props="china">[ACK Pro Provisioned Control Plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\<props="intl">[ACK Pro Provisioned Control Plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and dedicating control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain at a consistently high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.
    ///
    /// For information about the cluster management fees for Pro and Provisioned Control Plane editions, see \<props="china">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\<props="intl">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// The control plane configuration for dedicated clusters.
    ///
    /// Wire name: `control_plane_config`.
    #[serde(
        rename = "control_plane_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_plane_config: Option<crate::types::ModifyClusterControlPlaneConfig>,
    /// The cluster connection configuration.
    ///
    /// Wire name: `control_plane_endpoints_config`.
    #[serde(
        rename = "control_plane_endpoints_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub control_plane_endpoints_config: Option<
        crate::types::ModifyClusterControlPlaneEndpointsConfig,
    >,
    /// Specifies whether to enable deletion protection for the cluster. This prevents accidental deletion of the cluster through the console or API. Valid values:
    ///
    /// - `true`: Enables cluster deletion protection. The cluster cannot be deleted through the console or API.
    /// - `false`: Disables cluster deletion protection. The cluster can be deleted through the console or API.
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
    /// Specifies whether to enable or disable the RRSA feature. Only managed clusters support this parameter. Valid values:
    ///
    /// - `true`: Enable.
    /// - `false`: Disable.
    ///
    /// Wire name: `enable_rrsa`.
    #[serde(rename = "enable_rrsa", default, skip_serializing_if = "Option::is_none")]
    pub enable_rrsa: Option<bool>,
    /// Specifies whether to rebind the test domain name of the cluster. Valid values:
    ///
    /// - `true`: Rebinds the test domain name of the cluster.
    /// - `false`: Does not rebind the test domain name of the cluster.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `ingress_domain_rebinding`.
    #[serde(
        rename = "ingress_domain_rebinding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_domain_rebinding: Option<bool>,
    /// The instance ID of the SLB for the cluster to be modified.
    ///
    /// Wire name: `ingress_loadbalancer_id`.
    #[serde(
        rename = "ingress_loadbalancer_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_loadbalancer_id: Option<String>,
    /// Specifies whether to enable instance deletion protection. This prevents accidental deletion of nodes through the console or API. Valid values:
    ///
    /// - `true`: Nodes cannot be accidentally deleted through the console or API.
    /// - `false`: Nodes can be deleted through the console or API.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `instance_deletion_protection`.
    #[serde(
        rename = "instance_deletion_protection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_deletion_protection: Option<bool>,
    /// The O&M window configuration for the cluster. This feature takes effect only in ACK Pro managed clusters.
    ///
    /// Wire name: `maintenance_window`.
    #[serde(
        rename = "maintenance_window",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maintenance_window: Option<crate::types::MaintenanceWindow>,
    /// The automatic O&M policy for the cluster.
    ///
    /// Wire name: `operation_policy`.
    #[serde(
        rename = "operation_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_policy: Option<crate::types::OperationPolicy>,
    /// The resource group ID of the cluster.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The control plane security group ID.
    ///
    /// - If you have configured blocking rules in the security group, make sure the security group rules allow the protocols and ports that the cluster depends on. For the recommended security group rule scope, see [Configure and manage cluster security groups](https://help.aliyun.com/document_detail/353191.html).
    /// - For non-ACK dedicated clusters, the cluster control plane and installed managed components (such as terway-controlplane) will briefly restart during the cluster management procedure. Perform this operation during off-peak hours. After the control plane security group is changed, the elastic network interfaces (ENIs) used by the cluster control plane and installed managed components are automatically added to the new security group.
    /// - For ACK dedicated clusters, after the control plane security group is changed, newly scaled-out master nodes automatically apply the new control plane security group. Existing control plane nodes are not affected.
    ///
    /// Wire name: `security_group_id`.
    #[serde(
        rename = "security_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The system event storage configuration.
    ///
    /// Wire name: `system_events_logging`.
    #[serde(
        rename = "system_events_logging",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_events_logging: Option<crate::types::SystemEventsLogging>,
    /// The cluster time zone. See [Supported time zones](https://help.aliyun.com/document_detail/354879.html).
    ///
    /// - After the time zone is changed, the cluster inspection configuration uses the new time zone settings.
    ///
    /// - For managed clusters, the cluster control plane and installed managed components (such as terway-controlplane) will briefly restart during the change. Perform this operation during off-peak hours. After the time zone is changed, newly scaled-out nodes automatically apply the new time zone settings. Existing nodes are not affected. You can use the node pool node reset feature to apply the new settings to existing nodes.
    ///
    /// - For dedicated clusters, after the time zone is changed, newly scaled-out nodes (including control plane nodes) automatically apply the new time zone settings. Existing nodes (including control plane nodes) are not affected. You can use the node pool node reset feature to apply the new settings to existing nodes. For control plane nodes, you need to scale out and then scale in to apply the settings to all control plane nodes.
    ///
    /// Wire name: `timezone`.
    #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The control plane vSwitches of the cluster. For dedicated clusters, the change applies to newly scaled-out control plane nodes. For managed clusters, note the following when changing control plane vSwitches:
    ///
    /// - This parameter performs an overwrite update. You must specify the complete target vSwitch list.
    /// - Control plane components will briefly restart during the change. Proceed with caution.
    /// - Make sure all security groups of the cluster (including the control plane security group, security groups of all node pools, and security groups used by the container network) allow inbound and outbound traffic for the IP CIDR blocks of the new vSwitches. This prevents nodes and containers from being unable to connect to the API server.
    /// - If the new control plane vSwitches have ACL rules configured, make sure the ACL rules allow communication with the IP CIDR blocks of cluster nodes and the container network.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
}

/// Response of `ModifyCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ModifyClusterResponse {
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

impl ModifyClusterResponse {
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
    name: "ModifyCluster",
    command: "modify-cluster",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
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
        sdk_shape::MemberShape {
            name: "access_control_list",
            flag: "access-control-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The access control list (ACL) for the API server SLB of a registered cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "api_server_custom_cert_sans",
            flag: "api-server-custom-cert-sans",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::api_server_custom_cert_sans::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The custom API server certificate Subject Alternative Names (SANs). This parameter adds custom IP addresses or domain names to the SAN field of the cluster API server certificate for client access control.\n\nOnly managed clusters support this parameter.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "api_server_eip",
            flag: "api-server-eip",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the cluster is attached with an EIP for public network access to the API server. Valid values:\n\n- `true`: The cluster is attached with an EIP.\n- `false`: The cluster is not attached with an EIP.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "api_server_eip_id",
            flag: "api-server-eip-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance ID of the EIP attached to the cluster API server. This parameter takes effect only when `api_server_eip` is set to `true`.",
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
            name: "cluster_name",
            flag: "cluster-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom cluster name. The name must be 1 to 63 characters in length and can contain digits, Chinese characters, letters, and hyphens (-). It cannot start with a hyphen (-).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster specification when `cluster_type` is set to `ManagedKubernetes` and `profile` is configured. Valid values:\n\n- `ack.pro.small`: Pro\n- `ack.pro.xlarge`: Pro XL\n- `ack.pro.2xlarge`: Pro 2XL\n- `ack.pro.4xlarge`: Pro 4XL (contact customer service to be added to the whitelist)\n\nPro XL, Pro 2XL, and Pro 4XL are three tiers provided by \\<props=\"china\">[ACK Pro Provisioned Control Plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\\<props=\"intl\">[ACK Pro Provisioned Control Plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and dedicating control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain at a consistently high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.\n\nFor information about the cluster management fees for Pro and Provisioned Control Plane editions, see \\<props=\"china\">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\\<props=\"intl\">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "control_plane_config",
            flag: "control-plane-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::modify_cluster_control_plane_config::SHAPE,
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
                    &crate::types::modify_cluster_control_plane_endpoints_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The cluster connection configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deletion_protection",
            flag: "deletion-protection",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable deletion protection for the cluster. This prevents accidental deletion of the cluster through the console or API. Valid values:\n\n- `true`: Enables cluster deletion protection. The cluster cannot be deleted through the console or API.\n- `false`: Disables cluster deletion protection. The cluster can be deleted through the console or API.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable_rrsa",
            flag: "enable-rrsa",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable or disable the RRSA feature. Only managed clusters support this parameter. Valid values:\n\n- `true`: Enable.\n- `false`: Disable.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ingress_domain_rebinding",
            flag: "ingress-domain-rebinding",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to rebind the test domain name of the cluster. Valid values:\n\n- `true`: Rebinds the test domain name of the cluster.\n- `false`: Does not rebind the test domain name of the cluster.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ingress_loadbalancer_id",
            flag: "ingress-loadbalancer-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance ID of the SLB for the cluster to be modified.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_deletion_protection",
            flag: "instance-deletion-protection",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable instance deletion protection. This prevents accidental deletion of nodes through the console or API. Valid values:\n\n- `true`: Nodes cannot be accidentally deleted through the console or API.\n- `false`: Nodes can be deleted through the console or API.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maintenance_window",
            flag: "maintenance-window",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::maintenance_window::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The O&M window configuration for the cluster. This feature takes effect only in ACK Pro managed clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "operation_policy",
            flag: "operation-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::operation_policy::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The automatic O&M policy for the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource group ID of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_id",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The control plane security group ID.\n\n- If you have configured blocking rules in the security group, make sure the security group rules allow the protocols and ports that the cluster depends on. For the recommended security group rule scope, see [Configure and manage cluster security groups](https://help.aliyun.com/document_detail/353191.html).\n- For non-ACK dedicated clusters, the cluster control plane and installed managed components (such as terway-controlplane) will briefly restart during the cluster management procedure. Perform this operation during off-peak hours. After the control plane security group is changed, the elastic network interfaces (ENIs) used by the cluster control plane and installed managed components are automatically added to the new security group.\n- For ACK dedicated clusters, after the control plane security group is changed, newly scaled-out master nodes automatically apply the new control plane security group. Existing control plane nodes are not affected.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "system_events_logging",
            flag: "system-events-logging",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::system_events_logging::SHAPE),
            ),
            description: sdk_shape::Text::en("The system event storage configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "timezone",
            flag: "timezone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster time zone. See [Supported time zones](https://help.aliyun.com/document_detail/354879.html).\n\n- After the time zone is changed, the cluster inspection configuration uses the new time zone settings.\n\n- For managed clusters, the cluster control plane and installed managed components (such as terway-controlplane) will briefly restart during the change. Perform this operation during off-peak hours. After the time zone is changed, newly scaled-out nodes automatically apply the new time zone settings. Existing nodes are not affected. You can use the node pool node reset feature to apply the new settings to existing nodes.\n\n- For dedicated clusters, after the time zone is changed, newly scaled-out nodes (including control plane nodes) automatically apply the new time zone settings. Existing nodes (including control plane nodes) are not affected. You can use the node pool node reset feature to apply the new settings to existing nodes. For control plane nodes, you need to scale out and then scale in to apply the settings to all control plane nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The control plane vSwitches of the cluster. For dedicated clusters, the change applies to newly scaled-out control plane nodes. For managed clusters, note the following when changing control plane vSwitches:\n\n- This parameter performs an overwrite update. You must specify the complete target vSwitch list.\n- Control plane components will briefly restart during the change. Proceed with caution.\n- Make sure all security groups of the cluster (including the control plane security group, security groups of all node pools, and security groups used by the container network) allow inbound and outbound traffic for the IP CIDR blocks of the new vSwitches. This prevents nodes and containers from being unable to connect to the API server.\n- If the new control plane vSwitches have ACL rules configured, make sure the ACL rules allow communication with the IP CIDR blocks of cluster nodes and the container network.",
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
            method: "PUT",
            path: "/api/v2/clusters/{ClusterId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
