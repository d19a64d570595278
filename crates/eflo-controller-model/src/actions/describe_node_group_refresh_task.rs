// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNodeGroupRefreshTask.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodeGroupRefreshTask` action:

/// Marker type tying the request and response of `DescribeNodeGroupRefreshTask` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeNodeGroupRefreshTask;

impl sdk_shape::Action for DescribeNodeGroupRefreshTask {
    type Request = DescribeNodeGroupRefreshTaskRequest;
    type Response = DescribeNodeGroupRefreshTaskResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeNodeGroupRefreshTask`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeNodeGroupRefreshTaskRequest {
    /// The maximum number of entries per page for a paged query. Valid values: 1 to 500. Default value: 100. For more information about paging, see the NextToken parameter.
    ///
    /// Default: `100`.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token. Set this parameter to the NextToken value returned in the previous call. You do not need to set this parameter for the first request. This parameter is used to paginate through the node list in the current refresh task.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The ID of the node group configuration refresh task. After you call [RefreshNodeGroupNodes](crate::actions::refresh_node_group_nodes::RefreshNodeGroupNodes) to trigger a node group configuration refresh, obtain this value from the NodeGroupRefreshTaskId response parameter. Before you call this operation, the node group must contain nodes with configuration drift.
    ///
    /// Required.
    ///
    /// Wire name: `NodeGroupRefreshTaskId`.
    #[serde(
        rename = "NodeGroupRefreshTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_refresh_task_id: Option<String>,
    /// The node refresh statuses to filter by:
    ///
    /// - Pending: the node is waiting to be refreshed.
    /// - InProgress: the node is being refreshed.
    /// - Success: the node is refreshed.
    /// - Failed: the node failed to be refreshed.
    /// - Skipped: all properties to be refreshed on the node exceeded the MaxDisruptiveAction constraint and were skipped.
    ///
    /// Wire name: `NodeStatuses`.
    #[serde(rename = "NodeStatuses", default, skip_serializing_if = "Option::is_none")]
    pub node_statuses: Option<Vec<String>>,
}

/// Response of `DescribeNodeGroupRefreshTask`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodeGroupRefreshTaskResponse {
    /// The end time of the refresh task in ISO 8601 format.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The number of failed nodes.
    ///
    /// Wire name: `FailedCount`.
    #[serde(rename = "FailedCount", default, skip_serializing_if = "Option::is_none")]
    pub failed_count: Option<i64>,
    /// The number of finished nodes, including succeeded, failed, and skipped nodes.
    ///
    /// Wire name: `FinishedCount`.
    #[serde(rename = "FinishedCount", default, skip_serializing_if = "Option::is_none")]
    pub finished_count: Option<i64>,
    /// The maximum disruptive action level allowed for the refresh operation.
    ///
    /// Wire name: `MaxDisruptiveAction`.
    #[serde(
        rename = "MaxDisruptiveAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_disruptive_action: Option<String>,
    /// The maximum number of entries per page.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token for the next query. An empty value indicates that no more results exist.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The refresh task ID.
    ///
    /// Wire name: `NodeGroupRefreshTaskId`.
    #[serde(
        rename = "NodeGroupRefreshTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_refresh_task_id: Option<String>,
    /// The list of nodes.
    ///
    /// Wire name: `Nodes`.
    #[serde(rename = "Nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<crate::types::DescribeNodeGroupRefreshTaskNodes>>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The start time of the refresh task in ISO 8601 format.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The task status. Valid values:
    ///
    /// - Pending: the refresh task is created and waiting to be executed.
    /// - InProgress: the refresh task is being processed.
    /// - Success: the refresh task is executed.
    /// - Failed: the refresh task failed to be executed.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The total number of nodes to be refreshed in the task.
    ///
    /// Wire name: `TotalNodeCount`.
    #[serde(rename = "TotalNodeCount", default, skip_serializing_if = "Option::is_none")]
    pub total_node_count: Option<i64>,
}

impl DescribeNodeGroupRefreshTaskResponse {
    /// The end time of the refresh task in ISO 8601 format (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The number of failed nodes (`FailedCount`).
    pub fn failed_count(&self) -> Option<i64> {
        self.failed_count
    }

    /// The number of finished nodes, including succeeded, failed, and skipped nodes (`FinishedCount`).
    pub fn finished_count(&self) -> Option<i64> {
        self.finished_count
    }

    /// The maximum disruptive action level allowed for the refresh operation (`MaxDisruptiveAction`).
    pub fn max_disruptive_action(&self) -> Option<&str> {
        self.max_disruptive_action.as_deref()
    }

    /// The maximum number of entries per page (`MaxResults`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The pagination token for the next query. An empty value indicates that no more results exist (`NextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The refresh task ID (`NodeGroupRefreshTaskId`).
    pub fn node_group_refresh_task_id(&self) -> Option<&str> {
        self.node_group_refresh_task_id.as_deref()
    }

    /// The list of nodes (`Nodes`).
    pub fn nodes(&self) -> &[crate::types::DescribeNodeGroupRefreshTaskNodes] {
        self.nodes.as_deref().unwrap_or_default()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The start time of the refresh task in ISO 8601 format (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The task status. Valid values: (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The total number of nodes to be refreshed in the task (`TotalNodeCount`).
    pub fn total_node_count(&self) -> Option<i64> {
        self.total_node_count
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeNodeGroupRefreshTask",
    command: "describe-node-group-refresh-task",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of entries per page for a paged query. Valid values: 1 to 500. Default value: 100. For more information about paging, see the NextToken parameter.",
            ),
            default: Some("100"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set this parameter to the NextToken value returned in the previous call. You do not need to set this parameter for the first request. This parameter is used to paginate through the node list in the current refresh task.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupRefreshTaskId",
            flag: "node-group-refresh-task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the node group configuration refresh task. After you call RefreshNodeGroupNodes to trigger a node group configuration refresh, obtain this value from the NodeGroupRefreshTaskId response parameter. Before you call this operation, the node group must contain nodes with configuration drift.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeStatuses",
            flag: "node-statuses",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node refresh statuses to filter by:\n\n- Pending: the node is waiting to be refreshed.\n- InProgress: the node is being refreshed.\n- Success: the node is refreshed.\n- Failed: the node failed to be refreshed.\n- Skipped: all properties to be refreshed on the node exceeded the MaxDisruptiveAction constraint and were skipped.",
            ),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time of the refresh task in ISO 8601 format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FailedCount",
            flag: "failed-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of failed nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishedCount",
            flag: "finished-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of finished nodes, including succeeded, failed, and skipped nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxDisruptiveAction",
            flag: "max-disruptive-action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum disruptive action level allowed for the refresh operation.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
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
                "The pagination token for the next query. An empty value indicates that no more results exist.",
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
            name: "NodeGroupRefreshTaskId",
            flag: "node-group-refresh-task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The refresh task ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_node_group_refresh_task_nodes::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of nodes."),
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
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the refresh task in ISO 8601 format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The task status. Valid values:\n\n- Pending: the refresh task is created and waiting to be executed.\n- InProgress: the refresh task is being processed.\n- Success: the refresh task is executed.\n- Failed: the refresh task failed to be executed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalNodeCount",
            flag: "total-node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total number of nodes to be refreshed in the task.",
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
