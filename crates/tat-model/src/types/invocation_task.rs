// @generated from spec/tat/2020-10-28/types/InvocationTask.json by `cargo xtask codegen`; do not edit.
//! The `InvocationTask` data type.

/// Execution task.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvocationTask {
    /// Execution activity ID.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// Execution task ID.
    ///
    /// Wire name: `InvocationTaskId`.
    #[serde(
        rename = "InvocationTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_id: Option<String>,
    /// Command ID.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Execution task status. valid values:.
    ///
    /// - PENDING: waiting for distribution.
    /// - DELIVERING: distributing.
    /// - DELIVER_DELAYED: delivery delay.
    /// - DELIVER_FAILED: delivery fail.
    /// - START_FAILED: command start failed.
    /// - RUNNING: command RUNNING.
    /// - SUCCESS: command success.
    /// - FAILED: command execution failed, exit code not 0.
    /// - TIMEOUT: command timeout.
    /// - TASK_TIMEOUT: client no response.
    /// - CANCELLING: canceling.
    /// - CANCELLED: canceled (command canceled before startup).
    /// - TERMINATED: suspended (canceled during command execution).
    ///
    /// Wire name: `TaskStatus`.
    #[serde(rename = "TaskStatus", default, skip_serializing_if = "Option::is_none")]
    pub task_status: Option<crate::types::TaskStatus>,
    /// Instance ID.
    ///
    /// Wire name: `InstanceId`.
    #[serde(rename = "InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Execution result.
    ///
    /// Wire name: `TaskResult`.
    #[serde(rename = "TaskResult", default, skip_serializing_if = "Option::is_none")]
    pub task_result: Option<crate::types::TaskResult>,
    /// Task start time. format: YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Task end time. format: YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Update time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
    /// Command details of the execution task.
    ///
    /// Wire name: `CommandDocument`.
    #[serde(
        rename = "CommandDocument",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub command_document: Option<crate::types::CommandDocument>,
    /// Error message displayed when the execution task fails.
    ///
    /// Wire name: `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// Invocation source.
    ///
    /// - USER: originate from user invocation.
    /// - INVOKER: originate from scheduled execution.
    ///
    /// Wire name: `InvocationSource`.
    #[serde(
        rename = "InvocationSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_source: Option<crate::types::InvocationSource>,
    /// Name of the executed command.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
}

impl InvocationTask {
    /// Execution activity ID (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// Execution task ID (`InvocationTaskId`).
    pub fn invocation_task_id(&self) -> Option<&str> {
        self.invocation_task_id.as_deref()
    }

    /// Command ID (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Execution task status. valid values: (`TaskStatus`).
    pub fn task_status(&self) -> Option<&crate::types::TaskStatus> {
        self.task_status.as_ref()
    }

    /// Instance ID (`InstanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// Execution result (`TaskResult`).
    pub fn task_result(&self) -> Option<&crate::types::TaskResult> {
        self.task_result.as_ref()
    }

    /// Task start time. format: YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// Task end time. format: YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Update time. the format is YYYY-MM-DDThh:MM:ssZ (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }

    /// Command details of the execution task (`CommandDocument`).
    pub fn command_document(&self) -> Option<&crate::types::CommandDocument> {
        self.command_document.as_ref()
    }

    /// Error message displayed when the execution task fails (`ErrorInfo`).
    pub fn error_info(&self) -> Option<&str> {
        self.error_info.as_deref()
    }

    /// Invocation source (`InvocationSource`).
    pub fn invocation_source(&self) -> Option<&crate::types::InvocationSource> {
        self.invocation_source.as_ref()
    }

    /// Name of the executed command (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }
}

impl InvocationTask {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvocationTask",
    description: sdk_shape::Text::both("Execution task.", "执行任务。"),
    members: &[
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution activity ID.",
                "执行活动ID。",
            ),
            example: Some("\"inv-xxxxxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationTaskId",
            flag: "invocation-task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution task ID.",
                "执行任务ID。",
            ),
            example: Some("\"invt-xxxxxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command ID.", "命令ID。"),
            example: Some("\"cmd-xxxxxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskStatus",
            flag: "task-status",
            kind: sdk_shape::Kind::Enum(&crate::types::task_status::SHAPE),
            description: sdk_shape::Text::both(
                "Execution task status. valid values:.\n\n- PENDING: waiting for distribution.\n- DELIVERING: distributing.\n- DELIVER_DELAYED: delivery delay.\n- DELIVER_FAILED: delivery fail.\n- START_FAILED: command start failed.\n- RUNNING: command RUNNING.\n- SUCCESS: command success.\n- FAILED: command execution failed, exit code not 0.\n- TIMEOUT: command timeout.\n- TASK_TIMEOUT: client no response.\n- CANCELLING: canceling.\n- CANCELLED: canceled (command canceled before startup).\n- TERMINATED: suspended (canceled during command execution).",
                "执行任务状态。取值范围：\n\n- PENDING：等待下发\n- DELIVERING：下发中\n- DELIVER_DELAYED：延时下发\n- DELIVER_FAILED：下发失败\n- START_FAILED：命令启动失败\n- RUNNING：命令运行中\n- SUCCESS：命令成功\n- FAILED：命令执行失败，执行完退出码不为 0\n- TIMEOUT：命令超时\n- TASK_TIMEOUT：客户端无响应\n- CANCELLING：取消中\n- CANCELLED：已取消（命令启动前就被取消）\n- TERMINATED：已中止（命令执行期间被取消）",
            ),
            example: Some("\"SUCCESS\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceId",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Instance ID.", "实例ID。"),
            example: Some("\"ins-xxxxxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskResult",
            flag: "task-result",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::task_result::SHAPE),
            ),
            description: sdk_shape::Text::both("Execution result.", "执行结果。"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Task start time. format: YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "执行任务开始时间。格式为：YYYY-MM-DDThh:mm:ssZ\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Task end time. format: YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "执行任务结束时间。格式为：YYYY-MM-DDThh:mm:ssZ\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Creation time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "创建时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Update time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "更新时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandDocument",
            flag: "command-document",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::command_document::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Command details of the execution task.",
                "执行任务所执行的命令详情。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorInfo",
            flag: "error-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Error message displayed when the execution task fails.",
                "执行任务失败时的错误信息。",
            ),
            example: Some("\"working_directory not exists\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationSource",
            flag: "invocation-source",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_source::SHAPE),
            description: sdk_shape::Text::both(
                "Invocation source.\n\n- USER: originate from user invocation.\n- INVOKER: originate from scheduled execution.",
                "调用来源。\n\n- USER：来源于用户调用。\n- INVOKER：来源于定时执行。",
            ),
            example: Some("\"USER\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Name of the executed command.",
                "执行的命令的名称。",
            ),
            example: Some("\"name\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
