// @generated from spec/cs/2015-12-15/actions/RemoveNodePoolNodes.json by `cargo xtask codegen`; do not edit.
//! The `RemoveNodePoolNodes` action:

/// Marker type tying the request and response of `RemoveNodePoolNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct RemoveNodePoolNodes;

impl sdk_shape::Action for RemoveNodePoolNodes {
    type Request = RemoveNodePoolNodesRequest;
    type Response = RemoveNodePoolNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `RemoveNodePoolNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveNodePoolNodesRequest {
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
    /// Specifies whether to remove the nodes concurrently. Valid values:
    ///
    /// - true: removes the nodes from the scaling group concurrently.
    ///
    /// - false: removes the nodes from the scaling group sequentially.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `concurrency`.
    #[serde(rename = "concurrency", default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<bool>,
    /// Specifies whether to drain the nodes. Valid values:
    ///
    /// - true: drains the nodes.
    /// - false: does not drain the nodes.
    ///
    /// Wire name: `drain_node`.
    #[serde(rename = "drain_node", default, skip_serializing_if = "Option::is_none")]
    pub drain_node: Option<bool>,
    /// The list of instances to be removed.
    ///
    /// Wire name: `instance_ids`.
    #[serde(rename = "instance_ids", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<Vec<String>>,
    /// **\[Deprecated\]**
    ///
    /// The list of nodes to be removed.
    ///
    /// > Danger: This parameter is deprecated. Use instance_ids instead.\</danger>
    ///
    /// Wire name: `nodes`.
    #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
    /// Specifies whether to release the nodes. Valid values:
    ///
    /// - true: releases the nodes.
    /// - false: does not release the nodes.
    ///
    /// Wire name: `release_node`.
    #[serde(rename = "release_node", default, skip_serializing_if = "Option::is_none")]
    pub release_node: Option<bool>,
}

/// Response of `RemoveNodePoolNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RemoveNodePoolNodesResponse {
    /// The ID of the request.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the task.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl RemoveNodePoolNodesResponse {
    /// The ID of the request (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the task (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "RemoveNodePoolNodes",
    command: "remove-node-pool-nodes",
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
            name: "concurrency",
            flag: "concurrency",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to remove the nodes concurrently. Valid values:\n\n- true: removes the nodes from the scaling group concurrently.\n\n- false: removes the nodes from the scaling group sequentially.\n\nDefault value: false.",
            ),
            default: Some("false"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "drain_node",
            flag: "drain-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to drain the nodes. Valid values:\n\n- true: drains the nodes.\n- false: does not drain the nodes.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_ids",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of instances to be removed."),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe list of nodes to be removed.\n\n> Danger: This parameter is deprecated. Use instance_ids instead.\\</danger>",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "release_node",
            flag: "release-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to release the nodes. Valid values:\n\n- true: releases the nodes.\n- false: does not release the nodes.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the task."),
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/nodes",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
