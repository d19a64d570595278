// @generated from spec/eflo-controller/2022-12-15/actions/ReportNodeStatus.json by `cargo xtask codegen`; do not edit.
//! The `ReportNodeStatus` action:

/// Marker type tying the request and response of `ReportNodeStatus` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportNodeStatus;

impl sdk_shape::Action for ReportNodeStatus {
    type Request = ReportNodeStatusRequest;
    type Response = ReportNodeStatusResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ReportNodeStatus`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ReportNodeStatusRequest {
    /// The detailed description of the exception.
    ///
    /// Required.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The diagnosis type. Valid values:
    ///
    /// - QUICK: quick diagnosis
    /// - COMPREHENSIVE: comprehensive diagnosis
    ///
    /// Required.
    ///
    /// Wire name: `DiagnosisType`.
    #[serde(rename = "DiagnosisType", default, skip_serializing_if = "Option::is_none")]
    pub diagnosis_type: Option<crate::types::DiagnosisType>,
    /// The node ID.
    ///
    /// Required.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

/// Response of `ReportNodeStatus`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReportNodeStatusResponse {
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
    /// The fault report ID.
    ///
    /// Wire name: `ReportId`.
    #[serde(rename = "ReportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ReportNodeStatusResponse {
    /// The details about the access denial (`AccessDeniedDetail`).
    pub fn access_denied_detail(&self) -> Option<&str> {
        self.access_denied_detail.as_deref()
    }

    /// The error message (`ErrorMessage`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The fault report ID (`ReportId`).
    pub fn report_id(&self) -> Option<&str> {
        self.report_id.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ReportNodeStatus",
    command: "report-node-status",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The detailed description of the exception.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosisType",
            flag: "diagnosis-type",
            kind: sdk_shape::Kind::Enum(&crate::types::diagnosis_type::SHAPE),
            description: sdk_shape::Text::en(
                "The diagnosis type. Valid values:\n\n- QUICK: quick diagnosis\n- COMPREHENSIVE: comprehensive diagnosis",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
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
            name: "ReportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The fault report ID."),
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
