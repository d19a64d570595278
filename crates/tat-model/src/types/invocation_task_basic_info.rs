// @generated from spec/tat/2020-10-28/types/InvocationTaskBasicInfo.json by `cargo xtask codegen`; do not edit.
//! The `InvocationTaskBasicInfo` data type.

/// Execution task description.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvocationTaskBasicInfo {
    /// Execution task ID.
    ///
    /// Wire name: `InvocationTaskId`.
    #[serde(
        rename = "InvocationTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_id: Option<String>,
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
    /// - CANCELLING: cancelling.
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
}

impl InvocationTaskBasicInfo {
    /// Execution task ID (`InvocationTaskId`).
    pub fn invocation_task_id(&self) -> Option<&str> {
        self.invocation_task_id.as_deref()
    }

    /// Execution task status. valid values: (`TaskStatus`).
    pub fn task_status(&self) -> Option<&crate::types::TaskStatus> {
        self.task_status.as_ref()
    }

    /// Instance ID (`InstanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }
}

impl InvocationTaskBasicInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvocationTaskBasicInfo",
    description: sdk_shape::Text::both(
        "Execution task description.",
        "执行活动任务简介。",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "InvocationTaskId",
            flag: "invocation-task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution task ID.",
                "执行任务ID。",
            ),
            example: Some("\"invt-aaaabbbb\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskStatus",
            flag: "task-status",
            kind: sdk_shape::Kind::Enum(&crate::types::task_status::SHAPE),
            description: sdk_shape::Text::both(
                "Execution task status. valid values:.\n\n- PENDING: waiting for distribution.\n- DELIVERING: distributing.\n- DELIVER_DELAYED: delivery delay.\n- DELIVER_FAILED: delivery fail.\n- START_FAILED: command start failed.\n- RUNNING: command RUNNING.\n- SUCCESS: command success.\n- FAILED: command execution failed, exit code not 0.\n- TIMEOUT: command timeout.\n- TASK_TIMEOUT: client no response.\n- CANCELLING: cancelling.\n- CANCELLED: canceled (command canceled before startup).\n- TERMINATED: suspended (canceled during command execution).",
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
            example: Some("\"ins-aaaabbbb\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
