// @generated from spec/eflo-controller/2022-12-15/actions/CloseSession.json by `cargo xtask codegen`; do not edit.
//! The `CloseSession` action:

/// Marker type tying the request and response of `CloseSession` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CloseSession;

impl sdk_shape::Action for CloseSession {
    type Request = CloseSessionRequest;
    type Response = CloseSessionResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CloseSession`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CloseSessionRequest {
    /// The session ID.
    ///
    /// Wire name: `SessionId`.
    #[serde(rename = "SessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// Session token.
    ///
    /// Wire name: `SessionToken`.
    #[serde(rename = "SessionToken", default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
}

/// Response of `CloseSession`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CloseSessionResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The session ID.
    ///
    /// Wire name: `SessionId`.
    #[serde(rename = "SessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// status of session
    ///
    /// Wire name: `State`.
    #[serde(rename = "State", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

impl CloseSessionResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The session ID (`SessionId`).
    pub fn session_id(&self) -> Option<&str> {
        self.session_id.as_deref()
    }

    /// status of session (`State`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CloseSession",
    command: "close-session",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "SessionId",
            flag: "session-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The session ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SessionToken",
            flag: "session-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Session token."),
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
        sdk_shape::MemberShape {
            name: "SessionId",
            flag: "session-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The session ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "State",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("status of session"),
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
