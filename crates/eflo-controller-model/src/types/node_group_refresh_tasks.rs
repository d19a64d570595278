// @generated from spec/eflo-controller/2022-12-15/types/NodeGroupRefreshTasks.json by `cargo xtask codegen`; do not edit.
//! The `NodeGroupRefreshTasks` data type.

/// The list of node group refresh tasks.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NodeGroupRefreshTasks {
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
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `NodeGroupRefreshTaskId`.
    #[serde(
        rename = "NodeGroupRefreshTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_refresh_task_id: Option<String>,
    /// The start time of the refresh task in ISO 8601 format.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The task status. Valid values:
    ///
    /// - Pending: The refresh task is created and waiting to be executed.
    /// - InProgress: The refresh task is being processed.
    /// - Success: The refresh task is executed.
    /// - Failed: The refresh task failed.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The total number of nodes to be refreshed by the task.
    ///
    /// Wire name: `TotalNodeCount`.
    #[serde(rename = "TotalNodeCount", default, skip_serializing_if = "Option::is_none")]
    pub total_node_count: Option<i64>,
}

impl NodeGroupRefreshTasks {
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

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The task ID (`NodeGroupRefreshTaskId`).
    pub fn node_group_refresh_task_id(&self) -> Option<&str> {
        self.node_group_refresh_task_id.as_deref()
    }

    /// The start time of the refresh task in ISO 8601 format (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The task status. Valid values: (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The total number of nodes to be refreshed by the task (`TotalNodeCount`).
    pub fn total_node_count(&self) -> Option<i64> {
        self.total_node_count
    }
}

impl NodeGroupRefreshTasks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeGroupRefreshTasks",
    description: sdk_shape::Text::en("The list of node group refresh tasks."),
    members: &[
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
            description: sdk_shape::Text::en("The task ID."),
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
                "The task status. Valid values:\n\n- Pending: The refresh task is created and waiting to be executed.\n- InProgress: The refresh task is being processed.\n- Success: The refresh task is executed.\n- Failed: The refresh task failed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalNodeCount",
            flag: "total-node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total number of nodes to be refreshed by the task.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
