// @generated from spec/eflo-controller/2022-12-15/actions/ApproveOperation.json by `cargo xtask codegen`; do not edit.
//! The `ApproveOperation` action:

/// Marker type tying the request and response of `ApproveOperation` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ApproveOperation;

impl sdk_shape::Action for ApproveOperation {
    type Request = ApproveOperationRequest;
    type Response = ApproveOperationResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ApproveOperation`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ApproveOperationRequest {
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The O&M operation type
    ///
    /// Valid value:
    ///
    /// - RepairMachine
    ///
    /// Wire name: `OperationType`.
    #[serde(rename = "OperationType", default, skip_serializing_if = "Option::is_none")]
    pub operation_type: Option<String>,
}

/// Response of `ApproveOperation`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ApproveOperationResponse {
    /// The error message.
    ///
    /// Wire name: `ErrorMessage`.
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ApproveOperationResponse {
    /// The error message (`ErrorMessage`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ApproveOperation",
    command: "approve-operation",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OperationType",
            flag: "operation-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The O&M operation type\n\nValid value:\n\n- RepairMachine",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "ErrorMessage",
            flag: "error-message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The error message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
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
