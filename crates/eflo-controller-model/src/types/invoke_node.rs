// @generated from spec/eflo-controller/2022-12-15/types/InvokeNode.json by `cargo xtask codegen`; do not edit.
//! The `InvokeNode` data type.

/// 节点命令执行记录。
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvokeNode {
    /// 命令执行的开始时间。
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// 更新时间。
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// 结束完成时间。
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `FinishTime`.
    #[serde(rename = "FinishTime", default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
    /// 单台实例的命令进度状态。
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<crate::types::NodeInvocationStatus>,
    /// 命令在该实例上执行的次数。
    ///
    /// Wire name: `Repeats`.
    #[serde(rename = "Repeats", default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<i32>,
    /// 节点 ID。
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// 命令的输出信息。默认 Base64 编码;请求参数 ContentEncoding 为 PlainText 时返回明文。
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Output`.
    #[serde(rename = "Output", default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// Output 字段中文字长度超出 24 KB 后,截断丢弃的文字长度。
    ///
    /// Wire name: `Dropped`.
    #[serde(rename = "Dropped", default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<i32>,
    /// 若调用了 StopInvocation 以停止命令执行,表示调用的时间。
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `StopTime`.
    #[serde(rename = "StopTime", default, skip_serializing_if = "Option::is_none")]
    pub stop_time: Option<String>,
    /// 命令进程的退出代码。
    ///
    /// Wire name: `ExitCode`.
    #[serde(rename = "ExitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// 开始时间。
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// 命令的下发失败或执行失败原因的详情。
    ///
    /// Wire name: `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// 查询的命令是否在将来会自动执行。取值为字符串 true 或 false。
    ///
    /// Wire name: `Timed`.
    #[serde(rename = "Timed", default, skip_serializing_if = "Option::is_none")]
    pub timed: Option<String>,
    /// 文件下发的失败原因代码。
    ///
    /// Wire name: `ErrorCode`.
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<crate::types::NodeErrorCode>,
    /// 单台实例的命令进度状态。
    ///
    /// Wire name: `NodeInvokeStatus`.
    #[serde(
        rename = "NodeInvokeStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_invoke_status: Option<String>,
}

impl InvokeNode {
    /// 命令执行的开始时间 (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// 更新时间 (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }

    /// 结束完成时间 (`FinishTime`).
    pub fn finish_time(&self) -> Option<&str> {
        self.finish_time.as_deref()
    }

    /// 单台实例的命令进度状态 (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&crate::types::NodeInvocationStatus> {
        self.invocation_status.as_ref()
    }

    /// 命令在该实例上执行的次数 (`Repeats`).
    pub fn repeats(&self) -> Option<i32> {
        self.repeats
    }

    /// 节点 ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// 命令的输出信息。默认 Base64 编码;请求参数 ContentEncoding 为 PlainText 时返回明文 (`Output`).
    pub fn output(&self) -> Option<&str> {
        self.output.as_deref()
    }

    /// `Output` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn output_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.output.as_deref()?))
    }

    /// Output 字段中文字长度超出 24 KB 后,截断丢弃的文字长度 (`Dropped`).
    pub fn dropped(&self) -> Option<i32> {
        self.dropped
    }

    /// 若调用了 StopInvocation 以停止命令执行,表示调用的时间 (`StopTime`).
    pub fn stop_time(&self) -> Option<&str> {
        self.stop_time.as_deref()
    }

    /// 命令进程的退出代码 (`ExitCode`).
    pub fn exit_code(&self) -> Option<i32> {
        self.exit_code
    }

    /// 开始时间 (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// 命令的下发失败或执行失败原因的详情 (`ErrorInfo`).
    pub fn error_info(&self) -> Option<&str> {
        self.error_info.as_deref()
    }

    /// 查询的命令是否在将来会自动执行。取值为字符串 true 或 false (`Timed`).
    pub fn timed(&self) -> Option<&str> {
        self.timed.as_deref()
    }

    /// 文件下发的失败原因代码 (`ErrorCode`).
    pub fn error_code(&self) -> Option<&crate::types::NodeErrorCode> {
        self.error_code.as_ref()
    }

    /// 单台实例的命令进度状态 (`NodeInvokeStatus`).
    pub fn node_invoke_status(&self) -> Option<&str> {
        self.node_invoke_status.as_deref()
    }
}

impl InvokeNode {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvokeNode",
    description: "节点命令执行记录。",
    members: &[
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::DateTime,
            description: "命令执行的开始时间。",
            example: Some("\"2023-02-06T07:12:50Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdateTime",
            flag: "update-time",
            kind: sdk_shape::Kind::DateTime,
            description: "更新时间。",
            example: Some("\"2023-02-06T07:12:50Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishTime",
            flag: "finish-time",
            kind: sdk_shape::Kind::DateTime,
            description: "结束完成时间。",
            example: Some("\"2023-02-06T07:12:50Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::Enum(&crate::types::node_invocation_status::SHAPE),
            description: "单台实例的命令进度状态。",
            example: Some("\"Pending\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Repeats",
            flag: "repeats",
            kind: sdk_shape::Kind::Int32,
            description: "命令在该实例上执行的次数。",
            example: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: "节点 ID。",
            example: Some("\"e01-cn-lbj36wkp70b\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Output",
            flag: "output",
            kind: sdk_shape::Kind::String,
            description: "命令的输出信息。默认 Base64 编码;请求参数 ContentEncoding 为 PlainText 时返回明文。",
            base64: true,
            example: Some("\"OutPutTestmsg\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Dropped",
            flag: "dropped",
            kind: sdk_shape::Kind::Int32,
            description: "Output 字段中文字长度超出 24 KB 后,截断丢弃的文字长度。",
            example: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StopTime",
            flag: "stop-time",
            kind: sdk_shape::Kind::DateTime,
            description: "若调用了 StopInvocation 以停止命令执行,表示调用的时间。",
            example: Some("\"2019-12-20T06:15:55Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ExitCode",
            flag: "exit-code",
            kind: sdk_shape::Kind::Int32,
            description: "命令进程的退出代码。",
            example: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::DateTime,
            description: "开始时间。",
            example: Some("\"2019-12-20T06:15:55Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorInfo",
            flag: "error-info",
            kind: sdk_shape::Kind::String,
            description: "命令的下发失败或执行失败原因的详情。",
            example: Some("\"the specified node does not exists\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timed",
            flag: "timed",
            kind: sdk_shape::Kind::String,
            description: "查询的命令是否在将来会自动执行。取值为字符串 true 或 false。",
            example: Some("\"false\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorCode",
            flag: "error-code",
            kind: sdk_shape::Kind::Enum(&crate::types::node_error_code::SHAPE),
            description: "文件下发的失败原因代码。",
            example: Some("\"NodeNotExists\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeInvokeStatus",
            flag: "node-invoke-status",
            kind: sdk_shape::Kind::String,
            description: "单台实例的命令进度状态。",
            example: Some("\"Finished\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
