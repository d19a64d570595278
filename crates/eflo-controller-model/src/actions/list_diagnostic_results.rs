// @generated from spec/eflo-controller/2022-12-15/actions/ListDiagnosticResults.json by `cargo xtask codegen`; do not edit.
//! The `ListDiagnosticResults` action:

/// Marker type tying the request and response of `ListDiagnosticResults` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListDiagnosticResults;

impl sdk_shape::Action for ListDiagnosticResults {
    type Request = ListDiagnosticResultsRequest;
    type Response = ListDiagnosticResultsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListDiagnosticResults`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListDiagnosticResultsRequest {
    /// The diagnostic type.
    ///
    /// Wire name: `DiagType`.
    #[serde(rename = "DiagType", default, skip_serializing_if = "Option::is_none")]
    pub diag_type: Option<String>,
    /// The number of entries per page in a paged query. Maximum value: 100.
    ///
    /// Default value:
    ///
    /// - If this parameter is not specified or is set to a value less than 20, the default value is 20.
    ///
    /// - If this parameter is set to a value greater than 100, the default value is 100.
    ///
    /// Default: `20`. Maximum: 100.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token. Set this parameter to the value of NextToken that was returned from the previous API call.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
}

/// Response of `ListDiagnosticResults`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListDiagnosticResultsResponse {
    /// The diagnostic information.
    ///
    /// Wire name: `DiagnosticResults`.
    #[serde(
        rename = "DiagnosticResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub diagnostic_results: Option<Vec<crate::types::DiagnosticResults>>,
    /// The number of entries per page in a paged query. Maximum value: 100.
    ///
    /// Default value:
    ///
    /// - If this parameter is not specified or is set to a value less than 20, the default value is 20.
    ///
    /// - If this parameter is set to a value greater than 100, the default value is 100.
    ///
    /// Default: `20`. Maximum: 100.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The NextToken for the next page. Include this value when you request the next page.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListDiagnosticResultsResponse {
    /// The diagnostic information (`DiagnosticResults`).
    pub fn diagnostic_results(&self) -> &[crate::types::DiagnosticResults] {
        self.diagnostic_results.as_deref().unwrap_or_default()
    }

    /// The number of entries per page in a paged query. Maximum value: 100 (`MaxResults`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The NextToken for the next page. Include this value when you request the next page (`NextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListDiagnosticResults",
    command: "list-diagnostic-results",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "DiagType",
            flag: "diag-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostic type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries per page in a paged query. Maximum value: 100.\n\nDefault value:\n\n- If this parameter is not specified or is set to a value less than 20, the default value is 20.\n\n- If this parameter is set to a value greater than 100, the default value is 100.",
            ),
            default: Some("20"),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set this parameter to the value of NextToken that was returned from the previous API call.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource group ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "DiagnosticResults",
            flag: "diagnostic-results",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::diagnostic_results::SHAPE),
            ),
            description: sdk_shape::Text::en("The diagnostic information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries per page in a paged query. Maximum value: 100.\n\nDefault value:\n\n- If this parameter is not specified or is set to a value less than 20, the default value is 20.\n\n- If this parameter is set to a value greater than 100, the default value is 100.",
            ),
            default: Some("20"),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The NextToken for the next page. Include this value when you request the next page.",
            ),
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
