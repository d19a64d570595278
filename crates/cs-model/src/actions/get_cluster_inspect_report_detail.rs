// @generated from spec/cs/2015-12-15/actions/GetClusterInspectReportDetail.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterInspectReportDetail` action:

/// Marker type tying the request and response of `GetClusterInspectReportDetail` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterInspectReportDetail;

impl sdk_shape::Action for GetClusterInspectReportDetail {
    type Request = GetClusterInspectReportDetailRequest;
    type Response = GetClusterInspectReportDetailResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterInspectReportDetail`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterInspectReportDetailRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `ReportId`.
    #[serde(rename = "ReportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    /// The category of the inspection item. Valid values:
    ///
    /// - security: security and compliance
    /// - performance: performance and efficiency
    /// - stability: business stability
    /// - limitation: service limits
    /// - cost: cost optimization
    ///
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Specifies whether to filter inspection items. If set to true, only abnormal inspection items with a result of true are returned.
    ///
    /// Wire name: `enableFilter`.
    #[serde(rename = "enableFilter", default, skip_serializing_if = "Option::is_none")]
    pub enable_filter: Option<bool>,
    /// The query language. Valid values:
    ///
    /// - zh_CN
    /// - en_US
    ///
    /// Wire name: `language`.
    #[serde(rename = "language", default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The level of the inspection item. Valid values:
    ///
    /// - advice: advice
    /// - warning: low risk
    /// - error: medium risk
    /// - critical: high risk
    ///
    /// Wire name: `level`.
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The maximum number of entries per page. Maximum value: 50.
    ///
    /// Maximum: 50.
    ///
    /// Wire name: `maxResults`.
    #[serde(rename = "maxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Wire name: `nextToken`.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The object type. Only check items that match the object type are returned.
    ///
    /// Wire name: `targetType`.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
}

/// Response of `GetClusterInspectReportDetail`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterInspectReportDetailResponse {
    /// The list of results.
    ///
    /// Wire name: `checkItemResults`.
    #[serde(
        rename = "checkItemResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub check_item_results: Option<Vec<crate::types::CheckItemResults>>,
    /// The completion time of the inspection report in ISO 8601 format with time zone information.
    ///
    /// Wire name: `endTime`.
    #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The pagination token.
    ///
    /// Wire name: `nextToken`.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The inspection report ID.
    ///
    /// Wire name: `reportId`.
    #[serde(rename = "reportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The start time of the inspection report in ISO 8601 format with time zone information.
    ///
    /// Wire name: `startTime`.
    #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The generation status of the inspection report. Valid values:
    ///
    /// - completed: The generation is completed.
    /// - running: The generation is in progress.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The summary of the inspection report.
    ///
    /// Wire name: `summary`.
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<crate::types::Summary>,
}

impl GetClusterInspectReportDetailResponse {
    /// The list of results (`checkItemResults`).
    pub fn check_item_results(&self) -> &[crate::types::CheckItemResults] {
        self.check_item_results.as_deref().unwrap_or_default()
    }

    /// The completion time of the inspection report in ISO 8601 format with time zone information (`endTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The pagination token (`nextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The inspection report ID (`reportId`).
    pub fn report_id(&self) -> Option<&str> {
        self.report_id.as_deref()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The start time of the inspection report in ISO 8601 format with time zone information (`startTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The generation status of the inspection report. Valid values: (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The summary of the inspection report (`summary`).
    pub fn summary(&self) -> Option<&crate::types::Summary> {
        self.summary.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterInspectReportDetail",
    command: "get-cluster-inspect-report-detail",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ReportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The category of the inspection item. Valid values:\n\n- security: security and compliance\n- performance: performance and efficiency\n- stability: business stability\n- limitation: service limits\n- cost: cost optimization",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enableFilter",
            flag: "enable-filter",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to filter inspection items. If set to true, only abnormal inspection items with a result of true are returned.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "language",
            flag: "language",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The query language. Valid values:\n\n- zh_CN\n- en_US",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "level",
            flag: "level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The level of the inspection item. Valid values:\n\n- advice: advice\n- warning: low risk\n- error: medium risk\n- critical: high risk",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of entries per page. Maximum value: 50.",
            ),
            maximum: Some(50i64),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "targetType",
            flag: "target-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The object type. Only check items that match the object type are returned.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "checkItemResults",
            flag: "check-item-results",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::check_item_results::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of results."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "endTime",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The completion time of the inspection report in ISO 8601 format with time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "reportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The inspection report ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "requestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "startTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the inspection report in ISO 8601 format with time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The generation status of the inspection report. Valid values:\n\n- completed: The generation is completed.\n- running: The generation is in progress.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "summary",
            flag: "summary",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::summary::SHAPE),
            ),
            description: sdk_shape::Text::en("The summary of the inspection report."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/clusters/{ClusterId}/inspectReports/{ReportId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
