// @generated from spec/eflo-controller/2022-12-15/actions/DescribeFaultReport.json by `cargo xtask codegen`; do not edit.
//! The `DescribeFaultReport` action:

/// Marker type tying the request and response of `DescribeFaultReport` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeFaultReport;

impl sdk_shape::Action for DescribeFaultReport {
    type Request = DescribeFaultReportRequest;
    type Response = DescribeFaultReportResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeFaultReport`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeFaultReportRequest {
    /// The report ID.
    ///
    /// Required.
    ///
    /// Wire name: `ReportId`.
    #[serde(rename = "ReportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
}

/// Response of `DescribeFaultReport`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeFaultReportResponse {
    /// The details about the access denial.
    ///
    /// Wire name: `AccessDeniedDetail`.
    #[serde(
        rename = "AccessDeniedDetail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_denied_detail: Option<String>,
    /// The time when the fault report was created. The time is in the YYYY-MM-DD HH:mm:ss format.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The description of the fault report.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The diagnosis type.
    ///
    /// Wire name: `DiagnosisType`.
    #[serde(rename = "DiagnosisType", default, skip_serializing_if = "Option::is_none")]
    pub diagnosis_type: Option<String>,
    /// The error message.
    ///
    /// Wire name: `ErrorMessage`.
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The time when the fault report was processed. The time is in the YYYY-MM-DD HH:mm:ss format.
    ///
    /// Wire name: `FinishTime`.
    #[serde(rename = "FinishTime", default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
    /// The report ID.
    ///
    /// Wire name: `ReportId`.
    #[serde(rename = "ReportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The status of the fault report.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl DescribeFaultReportResponse {
    /// The details about the access denial (`AccessDeniedDetail`).
    pub fn access_denied_detail(&self) -> Option<&str> {
        self.access_denied_detail.as_deref()
    }

    /// The time when the fault report was created. The time is in the YYYY-MM-DD HH:mm:ss format (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The description of the fault report (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The diagnosis type (`DiagnosisType`).
    pub fn diagnosis_type(&self) -> Option<&str> {
        self.diagnosis_type.as_deref()
    }

    /// The error message (`ErrorMessage`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The time when the fault report was processed. The time is in the YYYY-MM-DD HH:mm:ss format (`FinishTime`).
    pub fn finish_time(&self) -> Option<&str> {
        self.finish_time.as_deref()
    }

    /// The report ID (`ReportId`).
    pub fn report_id(&self) -> Option<&str> {
        self.report_id.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The status of the fault report (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeFaultReport",
    command: "describe-fault-report",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
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
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the fault report was created. The time is in the YYYY-MM-DD HH:mm:ss format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description of the fault report."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosisType",
            flag: "diagnosis-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis type."),
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
            name: "FinishTime",
            flag: "finish-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the fault report was processed. The time is in the YYYY-MM-DD HH:mm:ss format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ReportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The report ID."),
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
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status of the fault report."),
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
