// @generated from spec/cs/2015-12-15/actions/ScaleClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The `ScaleClusterNodePool` action:

/// Marker type tying the request and response of `ScaleClusterNodePool` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ScaleClusterNodePool;

impl sdk_shape::Action for ScaleClusterNodePool {
    type Request = ScaleClusterNodePoolRequest;
    type Response = ScaleClusterNodePoolResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ScaleClusterNodePool`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ScaleClusterNodePoolRequest {
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
    /// The number of nodes to add. For example, if the node pool currently has 2 nodes and you add 2 more, the total number of nodes becomes 4. Subject to the node quota limit of the current cluster, you can add a maximum of 500 nodes in a single operation.
    ///
    /// Maximum: 500.
    ///
    /// Wire name: `count`.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

/// Response of `ScaleClusterNodePool`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ScaleClusterNodePoolResponse {
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl ScaleClusterNodePoolResponse {
    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ScaleClusterNodePool",
    command: "scale-cluster-node-pool",
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
            name: "count",
            flag: "count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of nodes to add. For example, if the node pool currently has 2 nodes and you add 2 more, the total number of nodes becomes 4. Subject to the node quota limit of the current cluster, you can add a maximum of 500 nodes in a single operation.",
            ),
            maximum: Some(500i64),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
