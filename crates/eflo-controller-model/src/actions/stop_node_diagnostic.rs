// @generated from spec/eflo-controller/2022-12-15/actions/StopNodeDiagnostic.json by `cargo xtask codegen`; do not edit.
//! The `StopNodeDiagnostic` action:

/// Marker type tying the request and response of `StopNodeDiagnostic` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct StopNodeDiagnostic;

impl sdk_shape::Action for StopNodeDiagnostic {
    type Request = StopNodeDiagnosticRequest;
    type Response = StopNodeDiagnosticResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `StopNodeDiagnostic`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct StopNodeDiagnosticRequest {
    /// The report ID.
    ///
    /// Required.
    ///
    /// Wire name: `ReportId`.
    #[serde(rename = "ReportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
}

/// Response of `StopNodeDiagnostic`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StopNodeDiagnosticResponse {
    /// The details about the access denial.
    ///
    /// Wire name: `AccessDeniedDetail`.
    #[serde(
        rename = "AccessDeniedDetail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_denied_detail: Option<String>,
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
    /// Indicates whether the stop operation is successful.
    ///
    /// Wire name: `Success`.
    #[serde(rename = "Success", default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

impl StopNodeDiagnosticResponse {
    /// The details about the access denial (`AccessDeniedDetail`).
    pub fn access_denied_detail(&self) -> Option<&str> {
        self.access_denied_detail.as_deref()
    }

    /// The error message (`ErrorMessage`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// Indicates whether the stop operation is successful (`Success`).
    pub fn success(&self) -> Option<bool> {
        self.success
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "StopNodeDiagnostic",
    command: "stop-node-diagnostic",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ReportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The report ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "AccessDeniedDetail",
            flag: "access-denied-detail",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The details about the access denial."),
            ..sdk_shape::MemberShape::BASE
        },
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
        sdk_shape::MemberShape {
            name: "Success",
            flag: "success",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the stop operation is successful.",
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
