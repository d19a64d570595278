// @generated from spec/eflo-controller/2022-12-15/actions/ChangeNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `ChangeNodeGroup` action:

/// Marker type tying the request and response of `ChangeNodeGroup` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ChangeNodeGroup;

impl sdk_shape::Action for ChangeNodeGroup {
    type Request = ChangeNodeGroupRequest;
    type Response = ChangeNodeGroupResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ChangeNodeGroup`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeNodeGroupRequest {
    /// Specifies whether to skip failed nodes. Default value: False.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `IgnoreFailedNodeTasks`.
    #[serde(
        rename = "IgnoreFailedNodeTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignore_failed_node_tasks: Option<bool>,
    /// The ID of the target node group.
    ///
    /// Wire name: `TargetNodeGroupId`.
    #[serde(
        rename = "TargetNodeGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_node_group_id: Option<String>,
    /// The node information.
    ///
    /// Wire name: `Nodes`.
    #[serde(rename = "Nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
}

/// Response of `ChangeNodeGroup`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChangeNodeGroupResponse {
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl ChangeNodeGroupResponse {
    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ChangeNodeGroup",
    command: "change-node-group",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "IgnoreFailedNodeTasks",
            flag: "ignore-failed-node-tasks",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to skip failed nodes. Default value: False.",
            ),
            default: Some("false"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TargetNodeGroupId",
            flag: "target-node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the target node group."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node information."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskId",
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
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
