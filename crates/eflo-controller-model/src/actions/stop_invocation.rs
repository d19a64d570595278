// @generated from spec/eflo-controller/2022-12-15/actions/StopInvocation.json by `cargo xtask codegen`; do not edit.
//! The `StopInvocation` action:

/// Marker type tying the request and response of `StopInvocation` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct StopInvocation;

impl sdk_shape::Action for StopInvocation {
    type Request = StopInvocationRequest;
    type Response = StopInvocationResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `StopInvocation`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct StopInvocationRequest {
    /// The execution ID.
    ///
    /// Required.
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// The nodes.
    ///
    /// Wire name: `NodeIdList`.
    #[serde(rename = "NodeIdList", default, skip_serializing_if = "Option::is_none")]
    pub node_id_list: Option<Vec<String>>,
}

/// Response of `StopInvocation`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StopInvocationResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl StopInvocationResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "StopInvocation",
    command: "stop-invocation",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The execution ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIdList",
            flag: "node-id-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The nodes."),
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
