// @generated from spec/tat/2020-10-28/types/InvokerRecord.json by `cargo xtask codegen`; do not edit.
//! The `InvokerRecord` data type.

/// Execution history of the invoker.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvokerRecord {
    /// Invoker ID.
    ///
    /// Wire name: `InvokerId`.
    #[serde(rename = "InvokerId", default, skip_serializing_if = "Option::is_none")]
    pub invoker_id: Option<String>,
    /// Execution time. format: YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `InvokeTime`.
    #[serde(rename = "InvokeTime", default, skip_serializing_if = "Option::is_none")]
    pub invoke_time: Option<String>,
    /// Execution reason.
    ///
    /// Wire name: `Reason`.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Command execution ID.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// Trigger result.
    ///
    /// - PENDING: waiting for distribution.
    /// - RUNNING: command RUNNING.
    /// - CANCELLING: canceling.
    /// - SUCCESS: command success.
    /// - TIMEOUT: command timeout.
    /// - FAILED: command FAILED.
    /// - CANCELLED: all commands canceled.
    /// - PARTIAL_FAILED: the command partially failed.
    /// - PARTIAL_CANCELLED: the command is partially canceled.
    ///
    /// Wire name: `Result`.
    #[serde(rename = "Result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<crate::types::InvocationStatus>,
}

impl InvokerRecord {
    /// Invoker ID (`InvokerId`).
    pub fn invoker_id(&self) -> Option<&str> {
        self.invoker_id.as_deref()
    }

    /// Execution time. format: YYYY-MM-DDThh:MM:ssZ (`InvokeTime`).
    pub fn invoke_time(&self) -> Option<&str> {
        self.invoke_time.as_deref()
    }

    /// Execution reason (`Reason`).
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// Command execution ID (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// Trigger result (`Result`).
    pub fn result(&self) -> Option<&crate::types::InvocationStatus> {
        self.result.as_ref()
    }
}

impl InvokerRecord {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvokerRecord",
    description: sdk_shape::Text::both(
        "Execution history of the invoker.",
        "执行器执行记录。",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Invoker ID.", "执行器ID。"),
            example: Some("\"ivk-b7s3qa5l\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeTime",
            flag: "invoke-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Execution time. format: YYYY-MM-DDThh:MM:ssZ.",
                "执行时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-10-30T00:00:00Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Reason",
            flag: "reason",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Execution reason.", "执行原因。"),
            example: Some("\"start an invocation at scheduled time.\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command execution ID.",
                "命令执行ID。",
            ),
            example: Some("\"inv-4ybg8gmj\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Result",
            flag: "result",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_status::SHAPE),
            description: sdk_shape::Text::both(
                "Trigger result.\n\n- PENDING: waiting for distribution.\n- RUNNING: command RUNNING.\n- CANCELLING: canceling.\n- SUCCESS: command success.\n- TIMEOUT: command timeout.\n- FAILED: command FAILED.\n- CANCELLED: all commands canceled.\n- PARTIAL_FAILED: the command partially failed.\n- PARTIAL_CANCELLED: the command is partially canceled.",
                "触发结果。\n\n- PENDING：等待下发\n- RUNNING：命令运行中\n- CANCELLING：取消中\n- SUCCESS：命令成功\n- TIMEOUT：命令超时\n- FAILED：命令失败\n- CANCELLED：命令全部取消\n- PARTIAL_FAILED：命令部分失败\n- PARTIAL_CANCELLED：命令部分取消",
            ),
            example: Some("\"SUCCESS\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
