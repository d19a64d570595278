// @generated from spec/tat/2020-10-28/types/InvocationTask.json by `cargo xtask codegen`; do not edit.
//! The `InvocationTask` data type.

use serde::{Deserialize, Serialize};

/// An execution task: the execution of an invocation on one instance.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvocationTask {
    /// ID of the execution activity.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// ID of the execution task.
    ///
    /// Wire name: `InvocationTaskId`.
    #[serde(
        rename = "InvocationTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_id: Option<String>,
    /// ID of the command.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Name of the command.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// ID of the instance.
    ///
    /// Wire name: `InstanceId`.
    #[serde(rename = "InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Status of the execution task.
    ///
    /// Wire name: `TaskStatus`.
    #[serde(rename = "TaskStatus", default, skip_serializing_if = "Option::is_none")]
    pub task_status: Option<crate::TaskStatus>,
    /// Result of the execution task.
    ///
    /// Wire name: `TaskResult`.
    #[serde(rename = "TaskResult", default, skip_serializing_if = "Option::is_none")]
    pub task_result: Option<crate::TaskResult>,
    /// The command the task ran.
    ///
    /// Wire name: `CommandDocument`.
    #[serde(
        rename = "CommandDocument",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub command_document: Option<crate::CommandDocument>,
    /// When the execution task started.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// When the execution task ended.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// When the execution task was created.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// When the execution task was last updated.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
    /// Error information of the execution task.
    ///
    /// Wire name: `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// What started the execution task.
    ///
    /// Wire name: `InvocationSource`.
    #[serde(
        rename = "InvocationSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_source: Option<crate::InvocationSource>,
}

impl InvocationTask {
    /// ID of the execution activity (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// ID of the execution task (`InvocationTaskId`).
    pub fn invocation_task_id(&self) -> Option<&str> {
        self.invocation_task_id.as_deref()
    }

    /// ID of the command (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Name of the command (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }

    /// ID of the instance (`InstanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// Status of the execution task (`TaskStatus`).
    pub fn task_status(&self) -> Option<&crate::TaskStatus> {
        self.task_status.as_ref()
    }

    /// Result of the execution task (`TaskResult`).
    pub fn task_result(&self) -> Option<&crate::TaskResult> {
        self.task_result.as_ref()
    }

    /// The command the task ran (`CommandDocument`).
    pub fn command_document(&self) -> Option<&crate::CommandDocument> {
        self.command_document.as_ref()
    }

    /// When the execution task started (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// When the execution task ended (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// When the execution task was created (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// When the execution task was last updated (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }

    /// Error information of the execution task (`ErrorInfo`).
    pub fn error_info(&self) -> Option<&str> {
        self.error_info.as_deref()
    }

    /// What started the execution task (`InvocationSource`).
    pub fn invocation_source(&self) -> Option<&crate::InvocationSource> {
        self.invocation_source.as_ref()
    }
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvocationTask",
    description: "An execution task: the execution of an invocation on one instance.",
    members: &[
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the execution activity.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvocationTaskId",
            flag: "invocation-task-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the execution task.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Name of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InstanceId",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the instance.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "TaskStatus",
            flag: "task-status",
            kind: sdk_shape::Kind::Enum(&crate::types::task_status::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Status of the execution task.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "TaskResult",
            flag: "task-result",
            kind: sdk_shape::Kind::Struct(&crate::types::task_result::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Result of the execution task.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandDocument",
            flag: "command-document",
            kind: sdk_shape::Kind::Struct(&crate::types::command_document::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "The command the task ran.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: true,
            base64: false,
            description: "When the execution task started.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: true,
            base64: false,
            description: "When the execution task ended.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "When the execution task was created.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "When the execution task was last updated.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "ErrorInfo",
            flag: "error-info",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Error information of the execution task.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvocationSource",
            flag: "invocation-source",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_source::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "What started the execution task.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
};
