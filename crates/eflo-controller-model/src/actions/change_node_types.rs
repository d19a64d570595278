// @generated from spec/eflo-controller/2022-12-15/actions/ChangeNodeTypes.json by `cargo xtask codegen`; do not edit.
//! The `ChangeNodeTypes` action:

/// Marker type tying the request and response of `ChangeNodeTypes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ChangeNodeTypes;

impl sdk_shape::Action for ChangeNodeTypes {
    type Request = ChangeNodeTypesRequest;
    type Response = ChangeNodeTypesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ChangeNodeTypes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeNodeTypesRequest {
    /// A list of node IDs. You can specify a maximum of 10 nodes in a single request.
    ///
    /// Wire name: `NodeIds`.
    #[serde(rename = "NodeIds", default, skip_serializing_if = "Option::is_none")]
    pub node_ids: Option<Vec<String>>,
    /// The node specifications.
    ///
    /// Wire name: `NodeType`.
    #[serde(rename = "NodeType", default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<String>,
}

/// Response of `ChangeNodeTypes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChangeNodeTypesResponse {
    /// The responses for the nodes.
    ///
    /// Wire name: `NodeResponse`.
    #[serde(rename = "NodeResponse", default, skip_serializing_if = "Option::is_none")]
    pub node_response: Option<Vec<crate::types::NodeResponse>>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID. A task ID is returned only if all nodes pass the precheck. If an exception occurs, this parameter is empty.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl ChangeNodeTypesResponse {
    /// The responses for the nodes (`NodeResponse`).
    pub fn node_response(&self) -> &[crate::types::NodeResponse] {
        self.node_response.as_deref().unwrap_or_default()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID. A task ID is returned only if all nodes pass the precheck. If an exception occurs, this parameter is empty (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ChangeNodeTypes",
    command: "change-node-types",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "NodeIds",
            flag: "node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A list of node IDs. You can specify a maximum of 10 nodes in a single request.",
            ),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeType",
            flag: "node-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node specifications."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "NodeResponse",
            flag: "node-response",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_response::SHAPE),
            ),
            description: sdk_shape::Text::en("The responses for the nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskId",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The task ID. A task ID is returned only if all nodes pass the precheck. If an exception occurs, this parameter is empty.",
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
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
