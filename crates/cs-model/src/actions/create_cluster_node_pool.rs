// @generated from spec/cs/2015-12-15/actions/CreateClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterNodePool` action:

/// Marker type tying the request and response of `CreateClusterNodePool` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateClusterNodePool;

impl sdk_shape::Action for CreateClusterNodePool {
    type Request = CreateClusterNodePoolRequest;
    type Response = CreateClusterNodePoolResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateClusterNodePool`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterNodePoolRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The auto mode configuration of the node pool.
    ///
    /// Wire name: `auto_mode`.
    #[serde(rename = "auto_mode", default, skip_serializing_if = "Option::is_none")]
    pub auto_mode: Option<crate::types::AutoMode>,
    /// The elastic scaling configuration.
    ///
    /// Wire name: `auto_scaling`.
    #[serde(rename = "auto_scaling", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling: Option<crate::types::AutoScaling>,
    /// **\[Deprecated\]** Use desired_size instead. The number of nodes in the node pool.
    ///
    /// Wire name: `count`.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The Lingjun node pool configuration.
    ///
    /// Wire name: `eflo_node_group`.
    #[serde(
        rename = "eflo_node_group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eflo_node_group: Option<crate::types::EfloNodeGroup>,
    /// Specifies whether pods in the edge node pool use the host network mode. Valid values:
    ///
    /// - true: host network. Pods directly use the network stack of the host and share the IP address and ports with the host.
    /// - false: container network. Pods have independent network stacks and do not occupy the network ports of the host.
    ///
    /// Wire name: `host_network`.
    #[serde(rename = "host_network", default, skip_serializing_if = "Option::is_none")]
    pub host_network: Option<bool>,
    /// **\[Deprecated\]** The configuration of the edge node pool.
    ///
    /// Wire name: `interconnect_config`.
    #[serde(
        rename = "interconnect_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_config: Option<crate::types::InterconnectConfig>,
    /// The network type of the edge node pool. This parameter takes effect only when type is set to edge. Valid values:
    ///
    /// - basic: public network. Nodes in cloud node pool interact with cloud nodes over the public network. Applications in cloud node pool cannot directly access the internal network of the cloud VPC.
    /// - private: private network. Nodes in cloud node pool connect to the cloud network over Express Connect circuits, VPNs, or CEN. This provides higher cloud-edge communication quality and more effective security protection.
    ///
    /// Wire name: `interconnect_mode`.
    #[serde(
        rename = "interconnect_mode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_mode: Option<String>,
    /// Specifies whether Layer 3 network connectivity is enabled between nodes in the edge node pool. Valid values:
    ///
    /// - true: enabled. Layer 3 network connectivity is enabled between all nodes in the node pool.
    /// - false: disabled. Layer 3 network connectivity is disabled between all hosts in the node pool.
    ///
    /// Wire name: `intranet`.
    #[serde(rename = "intranet", default, skip_serializing_if = "Option::is_none")]
    pub intranet: Option<bool>,
    /// The cluster configurations.
    ///
    /// Wire name: `kubernetes_config`.
    #[serde(
        rename = "kubernetes_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_config: Option<crate::types::KubernetesConfig>,
    /// The configurations for the managed node pool feature.
    ///
    /// Wire name: `management`.
    #[serde(rename = "management", default, skip_serializing_if = "Option::is_none")]
    pub management: Option<crate::types::CreateClusterNodePoolManagement>,
    /// **\[Deprecated\]** The maximum number of nodes allowed in an edge node pool.
    ///
    /// Wire name: `max_nodes`.
    #[serde(rename = "max_nodes", default, skip_serializing_if = "Option::is_none")]
    pub max_nodes: Option<i64>,
    /// The list of node components.
    ///
    /// Wire name: `node_components`.
    #[serde(
        rename = "node_components",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_components: Option<Vec<crate::types::NodeComponents>>,
    /// The node configuration.
    ///
    /// Wire name: `node_config`.
    #[serde(rename = "node_config", default, skip_serializing_if = "Option::is_none")]
    pub node_config: Option<crate::types::NodeConfig>,
    /// The node pool configuration.
    ///
    /// Wire name: `nodepool_info`.
    #[serde(rename = "nodepool_info", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_info: Option<crate::types::NodepoolInfo>,
    /// The scaling group configuration of the node pool.
    ///
    /// Wire name: `scaling_group`.
    #[serde(rename = "scaling_group", default, skip_serializing_if = "Option::is_none")]
    pub scaling_group: Option<crate::types::ScalingGroup>,
    /// The confidential computing cluster configuration.
    ///
    /// Wire name: `tee_config`.
    #[serde(rename = "tee_config", default, skip_serializing_if = "Option::is_none")]
    pub tee_config: Option<crate::types::TeeConfig>,
}

/// Response of `CreateClusterNodePool`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateClusterNodePoolResponse {
    /// The node pool ID.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
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

impl CreateClusterNodePoolResponse {
    /// The node pool ID (`nodepool_id`).
    pub fn nodepool_id(&self) -> Option<&str> {
        self.nodepool_id.as_deref()
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
    name: "CreateClusterNodePool",
    command: "create-cluster-node-pool",
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
            name: "auto_mode",
            flag: "auto-mode",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_mode::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The auto mode configuration of the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_scaling",
            flag: "auto-scaling",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_scaling::SHAPE),
            ),
            description: sdk_shape::Text::en("The elastic scaling configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "count",
            flag: "count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use desired_size instead. The number of nodes in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "eflo_node_group",
            flag: "eflo-node-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::eflo_node_group::SHAPE),
            ),
            description: sdk_shape::Text::en("The Lingjun node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "host_network",
            flag: "host-network",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether pods in the edge node pool use the host network mode. Valid values:\n\n- true: host network. Pods directly use the network stack of the host and share the IP address and ports with the host.\n- false: container network. Pods have independent network stacks and do not occupy the network ports of the host.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_config",
            flag: "interconnect-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::interconnect_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The configuration of the edge node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_mode",
            flag: "interconnect-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The network type of the edge node pool. This parameter takes effect only when type is set to edge. Valid values:\n\n- basic: public network. Nodes in cloud node pool interact with cloud nodes over the public network. Applications in cloud node pool cannot directly access the internal network of the cloud VPC.\n- private: private network. Nodes in cloud node pool connect to the cloud network over Express Connect circuits, VPNs, or CEN. This provides higher cloud-edge communication quality and more effective security protection.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "intranet",
            flag: "intranet",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether Layer 3 network connectivity is enabled between nodes in the edge node pool. Valid values:\n\n- true: enabled. Layer 3 network connectivity is enabled between all nodes in the node pool.\n- false: disabled. Layer 3 network connectivity is disabled between all hosts in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_config",
            flag: "kubernetes-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubernetes_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster configurations."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "management",
            flag: "management",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_node_pool_management::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The configurations for the managed node pool feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_nodes",
            flag: "max-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The maximum number of nodes allowed in an edge node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_components",
            flag: "node-components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_components::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node components."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_config",
            flag: "node-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The node configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_info",
            flag: "nodepool-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::nodepool_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_group",
            flag: "scaling-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::scaling_group::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The scaling group configuration of the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tee_config",
            flag: "tee-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tee_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The confidential computing cluster configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool ID."),
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
            path: "/clusters/{ClusterId}/nodepools",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
