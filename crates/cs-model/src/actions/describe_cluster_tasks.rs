// @generated from spec/cs/2015-12-15/actions/DescribeClusterTasks.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterTasks` action:

/// Marker type tying the request and response of `DescribeClusterTasks` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterTasks;

impl sdk_shape::Action for DescribeClusterTasks {
    type Request = DescribeClusterTasksRequest;
    type Response = DescribeClusterTasksResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterTasks`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterTasksRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The maximum number of results to return per request.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token. Set the value to the next_token parameter value returned from the previous API call.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The page number.
    ///
    /// Wire name: `page_number`.
    #[serde(rename = "page_number", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The number of items per page.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// Response of `DescribeClusterTasks`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterTasksResponse {
    /// The pagination token.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The pagination information.
    ///
    /// Wire name: `page_info`.
    #[serde(rename = "page_info", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::types::PageInfo>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The array of tasks.
    ///
    /// Wire name: `tasks`.
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<crate::types::Tasks>>,
}

impl DescribeClusterTasksResponse {
    /// The pagination token (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The pagination information (`page_info`).
    pub fn page_info(&self) -> Option<&crate::types::PageInfo> {
        self.page_info.as_ref()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The array of tasks (`tasks`).
    pub fn tasks(&self) -> &[crate::types::Tasks] {
        self.tasks.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterTasks",
    command: "describe-cluster-tasks",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
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
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return per request.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set the value to the next_token parameter value returned from the previous API call.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_number",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The page number."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of items per page."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_info",
            flag: "page-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination information."),
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
            name: "tasks",
            flag: "tasks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tasks::SHAPE),
            ),
            description: sdk_shape::Text::en("The array of tasks."),
            list: true,
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
            path: "/clusters/{ClusterId}/tasks",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
