// @generated from spec/eflo-controller/2022-12-15/types/Invocation.json by `cargo xtask codegen`; do not edit.
//! The `Invocation` data type.

/// 文件下发记录。
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Invocation {
    /// 任务的创建时间。
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// 定时执行命令的执行时间。
    ///
    /// Wire name: `Frequency`.
    #[serde(rename = "Frequency", default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// 命令执行的总执行状态,总执行状态取决于本次调用的全部实例的共同执行状态。
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<crate::types::InvocationStatus>,
    /// 命令执行的方式。
    ///
    /// Wire name: `RepeatMode`.
    #[serde(rename = "RepeatMode", default, skip_serializing_if = "Option::is_none")]
    pub repeat_mode: Option<crate::types::RepeatMode>,
    /// 命令执行的总执行状态。总执行状态取决于创建执行中的一台或多台实例的共同执行状态。
    ///
    /// Wire name: `InvokeStatus`.
    #[serde(rename = "InvokeStatus", default, skip_serializing_if = "Option::is_none")]
    pub invoke_status: Option<crate::types::InvokeStatus>,
    /// 命令中的自定义参数。
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// 命令内容。默认 Base64 编码;请求参数 ContentEncoding 为 PlainText 时返回明文。
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `CommandContent`.
    #[serde(rename = "CommandContent", default, skip_serializing_if = "Option::is_none")]
    pub command_content: Option<String>,
    /// 命令名称。
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// 命令描述。
    ///
    /// Wire name: `CommandDescription`.
    #[serde(
        rename = "CommandDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub command_description: Option<String>,
    /// 命令执行 ID。
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// 执行命令的用户名称。
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// 命令在实例中的运行目录。
    ///
    /// Wire name: `WorkingDir`.
    #[serde(rename = "WorkingDir", default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    /// 执行命令的超时时间,单位:秒。
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
    /// 命令执行记录。
    ///
    /// Wire name: `InvokeNodes`.
    #[serde(rename = "InvokeNodes", default, skip_serializing_if = "Option::is_none")]
    pub invoke_nodes: Option<crate::types::InvokeNodes>,
}

impl Invocation {
    /// 任务的创建时间 (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// 定时执行命令的执行时间 (`Frequency`).
    pub fn frequency(&self) -> Option<&str> {
        self.frequency.as_deref()
    }

    /// 命令执行的总执行状态,总执行状态取决于本次调用的全部实例的共同执行状态 (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&crate::types::InvocationStatus> {
        self.invocation_status.as_ref()
    }

    /// 命令执行的方式 (`RepeatMode`).
    pub fn repeat_mode(&self) -> Option<&crate::types::RepeatMode> {
        self.repeat_mode.as_ref()
    }

    /// 命令执行的总执行状态。总执行状态取决于创建执行中的一台或多台实例的共同执行状态 (`InvokeStatus`).
    pub fn invoke_status(&self) -> Option<&crate::types::InvokeStatus> {
        self.invoke_status.as_ref()
    }

    /// 命令中的自定义参数 (`Parameters`).
    pub fn parameters(&self) -> Option<&str> {
        self.parameters.as_deref()
    }

    /// 命令内容。默认 Base64 编码;请求参数 ContentEncoding 为 PlainText 时返回明文 (`CommandContent`).
    pub fn command_content(&self) -> Option<&str> {
        self.command_content.as_deref()
    }

    /// `CommandContent` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn command_content_decoded(
        &self,
    ) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(
            base64::engine::general_purpose::STANDARD
                .decode(self.command_content.as_deref()?),
        )
    }

    /// 命令名称 (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }

    /// 命令描述 (`CommandDescription`).
    pub fn command_description(&self) -> Option<&str> {
        self.command_description.as_deref()
    }

    /// 命令执行 ID (`InvokeId`).
    pub fn invoke_id(&self) -> Option<&str> {
        self.invoke_id.as_deref()
    }

    /// 执行命令的用户名称 (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// 命令在实例中的运行目录 (`WorkingDir`).
    pub fn working_dir(&self) -> Option<&str> {
        self.working_dir.as_deref()
    }

    /// 执行命令的超时时间,单位:秒 (`Timeout`).
    pub fn timeout(&self) -> Option<i32> {
        self.timeout
    }

    /// 命令执行记录 (`InvokeNodes`).
    pub fn invoke_nodes(&self) -> Option<&crate::types::InvokeNodes> {
        self.invoke_nodes.as_ref()
    }
}

impl Invocation {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invocation",
    description: "文件下发记录。",
    members: &[
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::DateTime,
            description: "任务的创建时间。",
            example: Some("\"2020-01-19T09:15:46Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Frequency",
            flag: "frequency",
            kind: sdk_shape::Kind::String,
            description: "定时执行命令的执行时间。",
            example: Some("\"0 */20 * * * *\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_status::SHAPE),
            description: "命令执行的总执行状态,总执行状态取决于本次调用的全部实例的共同执行状态。",
            example: Some("\"Success\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RepeatMode",
            flag: "repeat-mode",
            kind: sdk_shape::Kind::Enum(&crate::types::repeat_mode::SHAPE),
            description: "命令执行的方式。",
            example: Some("\"Once\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeStatus",
            flag: "invoke-status",
            kind: sdk_shape::Kind::Enum(&crate::types::invoke_status::SHAPE),
            description: "命令执行的总执行状态。总执行状态取决于创建执行中的一台或多台实例的共同执行状态。",
            example: Some("\"Running\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: "命令中的自定义参数。",
            example: Some("\"{}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandContent",
            flag: "command-content",
            kind: sdk_shape::Kind::String,
            description: "命令内容。默认 Base64 编码;请求参数 ContentEncoding 为 PlainText 时返回明文。",
            base64: true,
            example: Some("\"cnBtIC1xYSB8IGdyZXAgdnNm****\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: "命令名称。",
            example: Some("\"CommandTestName\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandDescription",
            flag: "command-description",
            kind: sdk_shape::Kind::String,
            description: "命令描述。",
            example: Some("\"testDescription\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: "命令执行 ID。",
            example: Some("\"t-ind3k9ytvvduoe8\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: "执行命令的用户名称。",
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDir",
            flag: "working-dir",
            kind: sdk_shape::Kind::String,
            description: "命令在实例中的运行目录。",
            example: Some("\"/home\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Int32,
            description: "执行命令的超时时间,单位:秒。",
            example: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeNodes",
            flag: "invoke-nodes",
            kind: sdk_shape::Kind::Struct(&crate::types::invoke_nodes::SHAPE),
            description: "命令执行记录。",
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
