// @generated from spec/cs/2015-12-15/actions/DeleteNodePoolComponentInstance.json by `cargo xtask codegen`; do not edit.
//! The `DeleteNodePoolComponentInstance` action:

/// Marker type tying the request and response of `DeleteNodePoolComponentInstance` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DeleteNodePoolComponentInstance;

impl sdk_shape::Action for DeleteNodePoolComponentInstance {
    type Request = DeleteNodePoolComponentInstanceRequest;
    type Response = DeleteNodePoolComponentInstanceResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DeleteNodePoolComponentInstance`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteNodePoolComponentInstanceRequest {
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
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The interval between batches, in seconds. Default value: 0.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `batch_interval`.
    #[serde(rename = "batch_interval", default, skip_serializing_if = "Option::is_none")]
    pub batch_interval: Option<i64>,
    /// The maximum number of nodes that are allowed to fail during the rolling process. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `max_failed_nodes`.
    #[serde(
        rename = "max_failed_nodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_failed_nodes: Option<i64>,
    /// The maximum number of parallel nodes per batch. Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `max_parallelism`.
    #[serde(
        rename = "max_parallelism",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallelism: Option<i64>,
    /// The list of nodes to rotate. Default value: all nodes.
    ///
    /// Wire name: `node_names`.
    #[serde(rename = "node_names", default, skip_serializing_if = "Option::is_none")]
    pub node_names: Option<Vec<String>>,
    /// The auto-pause policy during the node upgrade process. Valid values:
    ///
    /// - NotPause
    /// - FirstBatch
    /// - EveryBatch
    ///
    /// Default value: NotPause.
    ///
    /// Default: `"NotPause"`.
    ///
    /// Wire name: `pause_policy`.
    #[serde(rename = "pause_policy", default, skip_serializing_if = "Option::is_none")]
    pub pause_policy: Option<String>,
}

/// Response of `DeleteNodePoolComponentInstance`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeleteNodePoolComponentInstanceResponse {
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

impl DeleteNodePoolComponentInstanceResponse {
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
    name: "DeleteNodePoolComponentInstance",
    command: "delete-node-pool-component-instance",
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
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "batch_interval",
            flag: "batch-interval",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The interval between batches, in seconds. Default value: 0.",
            ),
            default: Some("0"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_failed_nodes",
            flag: "max-failed-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of nodes that are allowed to fail during the rolling process. Default value: 0. A value of 0 indicates that the task fails if any node fails. A value greater than 0 indicates that the task fails and stops if the cumulative number of failed nodes exceeds this value.",
            ),
            default: Some("0"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_parallelism",
            flag: "max-parallelism",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of parallel nodes per batch. Default value: 1.",
            ),
            default: Some("1"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_names",
            flag: "node-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of nodes to rotate. Default value: all nodes.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pause_policy",
            flag: "pause-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The auto-pause policy during the node upgrade process. Valid values:\n\n- NotPause\n- FirstBatch\n- EveryBatch\n\nDefault value: NotPause.",
            ),
            default: Some("\"NotPause\""),
            location: sdk_shape::Location::Query,
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
            method: "DELETE",
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/component_instances/{Name}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
