// @generated from spec/cs/2015-12-15/actions/ModifyClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The `ModifyClusterNodePool` action:

/// Marker type tying the request and response of `ModifyClusterNodePool` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ModifyClusterNodePool;

impl sdk_shape::Action for ModifyClusterNodePool {
    type Request = ModifyClusterNodePoolRequest;
    type Response = ModifyClusterNodePoolResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ModifyClusterNodePool`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyClusterNodePoolRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodepoolId`.
    #[serde(rename = "NodepoolId", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The auto scaling configuration.
    ///
    /// Wire name: `auto_scaling`.
    #[serde(rename = "auto_scaling", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling: Option<crate::types::AutoScaling>,
    /// Specifies whether to enable concurrency.
    ///
    /// Wire name: `concurrency`.
    #[serde(rename = "concurrency", default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<bool>,
    /// The Lingjun AI Computing Service node pool configuration. (Not effective)
    ///
    /// Wire name: `eflo_node_group`.
    #[serde(
        rename = "eflo_node_group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eflo_node_group: Option<crate::types::ModifyClusterNodePoolEfloNodeGroup>,
    /// The cluster-related configuration.
    ///
    /// Wire name: `kubernetes_config`.
    #[serde(
        rename = "kubernetes_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_config: Option<crate::types::KubernetesConfig>,
    /// The managed node pool configuration.
    ///
    /// Wire name: `management`.
    #[serde(rename = "management", default, skip_serializing_if = "Option::is_none")]
    pub management: Option<crate::types::ModifyClusterNodePoolManagement>,
    /// The node pool configuration.
    ///
    /// Wire name: `nodepool_info`.
    #[serde(rename = "nodepool_info", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_info: Option<crate::types::ModifyClusterNodePoolNodepoolInfo>,
    /// The scaling group configuration of the node pool.
    ///
    /// Wire name: `scaling_group`.
    #[serde(rename = "scaling_group", default, skip_serializing_if = "Option::is_none")]
    pub scaling_group: Option<crate::types::ModifyClusterNodePoolScalingGroup>,
    /// The confidential computing cluster configuration.
    ///
    /// Wire name: `tee_config`.
    #[serde(rename = "tee_config", default, skip_serializing_if = "Option::is_none")]
    pub tee_config: Option<crate::types::TeeConfig>,
    /// Specifies whether to synchronously update node labels and taints.
    ///
    /// Wire name: `update_nodes`.
    #[serde(rename = "update_nodes", default, skip_serializing_if = "Option::is_none")]
    pub update_nodes: Option<bool>,
}

/// Response of `ModifyClusterNodePool`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ModifyClusterNodePoolResponse {
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

impl ModifyClusterNodePoolResponse {
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
    name: "ModifyClusterNodePool",
    command: "modify-cluster-node-pool",
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
            name: "NodepoolId",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_scaling",
            flag: "auto-scaling",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_scaling::SHAPE),
            ),
            description: sdk_shape::Text::en("The auto scaling configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "concurrency",
            flag: "concurrency",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en("Specifies whether to enable concurrency."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "eflo_node_group",
            flag: "eflo-node-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::modify_cluster_node_pool_eflo_node_group::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The Lingjun AI Computing Service node pool configuration. (Not effective)",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_config",
            flag: "kubernetes-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubernetes_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster-related configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "management",
            flag: "management",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::modify_cluster_node_pool_management::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The managed node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_info",
            flag: "nodepool-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::modify_cluster_node_pool_nodepool_info::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_group",
            flag: "scaling-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::modify_cluster_node_pool_scaling_group::SHAPE,
                ),
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
        sdk_shape::MemberShape {
            name: "update_nodes",
            flag: "update-nodes",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to synchronously update node labels and taints.",
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
            method: "PUT",
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
