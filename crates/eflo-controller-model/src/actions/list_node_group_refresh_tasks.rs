// @generated from spec/eflo-controller/2022-12-15/actions/ListNodeGroupRefreshTasks.json by `cargo xtask codegen`; do not edit.
//! The `ListNodeGroupRefreshTasks` action:

/// Marker type tying the request and response of `ListNodeGroupRefreshTasks` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListNodeGroupRefreshTasks;

impl sdk_shape::Action for ListNodeGroupRefreshTasks {
    type Request = ListNodeGroupRefreshTasksRequest;
    type Response = ListNodeGroupRefreshTasksResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListNodeGroupRefreshTasks`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListNodeGroupRefreshTasksRequest {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The maximum number of entries per page for paging. Valid values: 1 to 500. Default value: 100.
    ///
    /// Default: `100`.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token. Set this parameter to the NextToken value returned in the previous call. You do not need to set this parameter for the first request.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The list of task statuses. Valid values:
    ///
    /// - Pending: The refresh task is created and waiting to be executed.
    /// - InProgress: The refresh task is being processed.
    /// - Success: The refresh task is executed.
    /// - Failed: The refresh task failed.
    ///
    /// Wire name: `Statuses`.
    #[serde(rename = "Statuses", default, skip_serializing_if = "Option::is_none")]
    pub statuses: Option<Vec<String>>,
}

/// Response of `ListNodeGroupRefreshTasks`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodeGroupRefreshTasksResponse {
    /// The maximum number of entries per page.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token for the next query. If NextToken is empty, no more results exist.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The list of node group refresh tasks.
    ///
    /// Wire name: `NodeGroupRefreshTasks`.
    #[serde(
        rename = "NodeGroupRefreshTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_refresh_tasks: Option<Vec<crate::types::NodeGroupRefreshTasks>>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListNodeGroupRefreshTasksResponse {
    /// The maximum number of entries per page (`MaxResults`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The pagination token for the next query. If NextToken is empty, no more results exist (`NextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The list of node group refresh tasks (`NodeGroupRefreshTasks`).
    pub fn node_group_refresh_tasks(&self) -> &[crate::types::NodeGroupRefreshTasks] {
        self.node_group_refresh_tasks.as_deref().unwrap_or_default()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListNodeGroupRefreshTasks",
    command: "list-node-group-refresh-tasks",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of entries per page for paging. Valid values: 1 to 500. Default value: 100.",
            ),
            default: Some("100"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set this parameter to the NextToken value returned in the previous call. You do not need to set this parameter for the first request.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Statuses",
            flag: "statuses",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of task statuses. Valid values:\n\n- Pending: The refresh task is created and waiting to be executed.\n- InProgress: The refresh task is being processed.\n- Success: The refresh task is executed.\n- Failed: The refresh task failed.",
            ),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The maximum number of entries per page."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token for the next query. If NextToken is empty, no more results exist.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupRefreshTasks",
            flag: "node-group-refresh-tasks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_group_refresh_tasks::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node group refresh tasks."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
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
