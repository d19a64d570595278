// @generated from spec/eflo-controller/2022-12-15/actions/CreateDiagnosticTask.json by `cargo xtask codegen`; do not edit.
//! The `CreateDiagnosticTask` action:

/// Marker type tying the request and response of `CreateDiagnosticTask` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateDiagnosticTask;

impl sdk_shape::Action for CreateDiagnosticTask {
    type Request = CreateDiagnosticTaskRequest;
    type Response = CreateDiagnosticTaskResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateDiagnosticTask`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateDiagnosticTaskRequest {
    /// The log information.
    ///
    /// Wire name: `AiJobLogInfo`.
    #[serde(rename = "AiJobLogInfo", default, skip_serializing_if = "Option::is_none")]
    pub ai_job_log_info: Option<crate::types::AiJobLogInfo>,
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The diagnostics type.
    ///
    /// Wire name: `DiagnosticType`.
    #[serde(rename = "DiagnosticType", default, skip_serializing_if = "Option::is_none")]
    pub diagnostic_type: Option<String>,
    /// The IDs of the nodes.
    ///
    /// Wire name: `NodeIds`.
    #[serde(rename = "NodeIds", default, skip_serializing_if = "Option::is_none")]
    pub node_ids: Option<Vec<String>>,
}

/// Response of `CreateDiagnosticTask`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateDiagnosticTaskResponse {
    /// The ID of the diagnostics task.
    ///
    /// Wire name: `DiagnosticId`.
    #[serde(rename = "DiagnosticId", default, skip_serializing_if = "Option::is_none")]
    pub diagnostic_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateDiagnosticTaskResponse {
    /// The ID of the diagnostics task (`DiagnosticId`).
    pub fn diagnostic_id(&self) -> Option<&str> {
        self.diagnostic_id.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateDiagnosticTask",
    command: "create-diagnostic-task",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "AiJobLogInfo",
            flag: "ai-job-log-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::ai_job_log_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The log information."),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosticType",
            flag: "diagnostic-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostics type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIds",
            flag: "node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IDs of the nodes."),
            list: true,
            style: Some(sdk_shape::Style::Simple),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "DiagnosticId",
            flag: "diagnostic-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the diagnostics task."),
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
