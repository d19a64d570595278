// @generated from spec/eflo-controller/2022-12-15/actions/CreateSession.json by `cargo xtask codegen`; do not edit.
//! The `CreateSession` action:

/// Marker type tying the request and response of `CreateSession` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateSession;

impl sdk_shape::Action for CreateSession {
    type Request = CreateSessionRequest;
    type Response = CreateSessionResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateSession`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateSessionRequest {
    /// The instance ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The type of the session corresponding to the session package.
    ///
    /// Wire name: `SessionType`.
    #[serde(rename = "SessionType", default, skip_serializing_if = "Option::is_none")]
    pub session_type: Option<String>,
    /// The start time. The value is a 13-digit timestamp.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
}

/// Response of `CreateSession`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateSessionResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `ServerSn`.
    #[serde(rename = "ServerSn", default, skip_serializing_if = "Option::is_none")]
    pub server_sn: Option<String>,
    /// The session ID.
    ///
    /// Wire name: `SessionId`.
    #[serde(rename = "SessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// The session credential.
    ///
    /// Wire name: `SessionToken`.
    #[serde(rename = "SessionToken", default, skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// The WebSocket address.
    ///
    /// Wire name: `WssEndpoint`.
    #[serde(rename = "WssEndpoint", default, skip_serializing_if = "Option::is_none")]
    pub wss_endpoint: Option<String>,
}

impl CreateSessionResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The node ID (`ServerSn`).
    pub fn server_sn(&self) -> Option<&str> {
        self.server_sn.as_deref()
    }

    /// The session ID (`SessionId`).
    pub fn session_id(&self) -> Option<&str> {
        self.session_id.as_deref()
    }

    /// The session credential (`SessionToken`).
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }

    /// The WebSocket address (`WssEndpoint`).
    pub fn wss_endpoint(&self) -> Option<&str> {
        self.wss_endpoint.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateSession",
    command: "create-session",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SessionType",
            flag: "session-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the session corresponding to the session package.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. The value is a 13-digit timestamp.",
            ),
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
            name: "ServerSn",
            flag: "server-sn",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
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
            name: "SessionToken",
            flag: "session-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The session credential."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WssEndpoint",
            flag: "wss-endpoint",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The WebSocket address."),
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
