// @generated from spec/tat/2020-10-28/types/InvocationTaskBasicInfo.json by `cargo xtask codegen`; do not edit.
//! The `InvocationTaskBasicInfo` data type.

use serde::{Deserialize, Serialize};

/// Short form of an execution task, inside an Invocation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InvocationTaskBasicInfo {
    /// ID of the execution task.
    ///
    /// Wire name: `InvocationTaskId`.
    #[serde(
        rename = "InvocationTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_id: Option<String>,
    /// Status of the execution task.
    ///
    /// Wire name: `TaskStatus`.
    #[serde(rename = "TaskStatus", default, skip_serializing_if = "Option::is_none")]
    pub task_status: Option<crate::TaskStatus>,
    /// ID of the instance the task runs on.
    ///
    /// Wire name: `InstanceId`.
    #[serde(rename = "InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
}

impl InvocationTaskBasicInfo {
    /// ID of the execution task (`InvocationTaskId`).
    pub fn invocation_task_id(&self) -> Option<&str> {
        self.invocation_task_id.as_deref()
    }

    /// Status of the execution task (`TaskStatus`).
    pub fn task_status(&self) -> Option<&crate::TaskStatus> {
        self.task_status.as_ref()
    }

    /// ID of the instance the task runs on (`InstanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvocationTaskBasicInfo",
    description: "Short form of an execution task, inside an Invocation.",
    members: &[
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
            name: "InstanceId",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the instance the task runs on.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
};
