// @generated from spec/cs/2015-12-15/actions/DeleteClusterNodes.json by `cargo xtask codegen`; do not edit.
//! The `DeleteClusterNodes` action:

/// Marker type tying the request and response of `DeleteClusterNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DeleteClusterNodes;

impl sdk_shape::Action for DeleteClusterNodes {
    type Request = DeleteClusterNodesRequest;
    type Response = DeleteClusterNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DeleteClusterNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClusterNodesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to automatically drain the pods on the nodes. Valid values:
    ///
    /// - `true`: Automatically drains the pods on the nodes.
    /// - `false`: Does not automatically drain the pods on the nodes.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `drain_node`.
    #[serde(rename = "drain_node", default, skip_serializing_if = "Option::is_none")]
    pub drain_node: Option<bool>,
    /// The list of nodes to remove. The node name must be the name of the node in the cluster, such as `cn-hangzhou.192.168.xx.xx`.
    ///
    /// Required.
    ///
    /// Wire name: `nodes`.
    #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
    /// Specifies whether to release the ECS instances at the same time. Valid values:
    ///
    /// - `true`: Releases the ECS instances at the same time.
    /// - `false`: Retains the ECS instances.
    ///
    /// Default value: `false`.
    ///
    /// > If the nodes are subscription instances, you cannot release the ECS instances at the same time.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `release_node`.
    #[serde(rename = "release_node", default, skip_serializing_if = "Option::is_none")]
    pub release_node: Option<bool>,
}

/// Response of `DeleteClusterNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeleteClusterNodesResponse {
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

impl DeleteClusterNodesResponse {
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
    name: "DeleteClusterNodes",
    command: "delete-cluster-nodes",
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
            name: "drain_node",
            flag: "drain-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically drain the pods on the nodes. Valid values:\n\n- `true`: Automatically drains the pods on the nodes.\n- `false`: Does not automatically drain the pods on the nodes.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of nodes to remove. The node name must be the name of the node in the cluster, such as `cn-hangzhou.192.168.xx.xx`.",
            ),
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "release_node",
            flag: "release-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to release the ECS instances at the same time. Valid values:\n\n- `true`: Releases the ECS instances at the same time.\n- `false`: Retains the ECS instances.\n\nDefault value: `false`.\n\n> If the nodes are subscription instances, you cannot release the ECS instances at the same time.",
            ),
            default: Some("false"),
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
            path: "/clusters/{ClusterId}/nodes",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
