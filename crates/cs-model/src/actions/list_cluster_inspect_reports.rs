// @generated from spec/cs/2015-12-15/actions/ListClusterInspectReports.json by `cargo xtask codegen`; do not edit.
//! The `ListClusterInspectReports` action:

/// Marker type tying the request and response of `ListClusterInspectReports` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListClusterInspectReports;

impl sdk_shape::Action for ListClusterInspectReports {
    type Request = ListClusterInspectReportsRequest;
    type Response = ListClusterInspectReportsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListClusterInspectReports`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListClusterInspectReportsRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The maximum number of results to return. The maximum value is 50.
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
}

/// Response of `ListClusterInspectReports`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListClusterInspectReportsResponse {
    /// The pagination token.
    ///
    /// Wire name: `nextToken`.
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The inspection reports.
    ///
    /// Wire name: `reports`.
    #[serde(rename = "reports", default, skip_serializing_if = "Option::is_none")]
    pub reports: Option<Vec<crate::types::Reports>>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListClusterInspectReportsResponse {
    /// The pagination token (`nextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The inspection reports (`reports`).
    pub fn reports(&self) -> &[crate::types::Reports] {
        self.reports.as_deref().unwrap_or_default()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListClusterInspectReports",
    command: "list-cluster-inspect-reports",
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
            name: "maxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return. The maximum value is 50.",
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
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "nextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "reports",
            flag: "reports",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::reports::SHAPE),
            ),
            description: sdk_shape::Text::en("The inspection reports."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "requestId",
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
            method: "GET",
            path: "/clusters/{ClusterId}/inspectReports",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
