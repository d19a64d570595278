// @generated from spec/tat/2020-10-28/types/Invocation.json by `cargo xtask codegen`; do not edit.
//! The `Invocation` data type.

/// Execution activity details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Invocation {
    /// Execution activity ID.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// Command ID.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Name of the executed command.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// Execution task status. valid values:.
    ///
    /// - PENDING: waiting for distribution.
    /// - RUNNING: command is running.
    /// - CANCELLING: canceling.
    /// - SUCCESS: command success.
    /// - TIMEOUT: command timeout.
    /// - FAILED: command FAILED.
    /// - CANCELLED: all commands canceled.
    /// - PARTIAL_FAILED: the command partially failed.
    /// - PARTIAL_CANCELLED: the command is partially canceled.
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<crate::types::InvocationStatus>,
    /// Execution task information list.
    ///
    /// Wire name: `InvocationTaskBasicInfoSet`.
    #[serde(
        rename = "InvocationTaskBasicInfoSet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_basic_info_set: Option<
        Vec<crate::types::InvocationTaskBasicInfo>,
    >,
    /// Execution activity description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Execute the activity start time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// Execute activity end time. format: YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// Execution activity createtime. format: YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Update time of the execution activity. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
    /// Values of custom parameters.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// Default custom parameter value.
    ///
    /// Wire name: `DefaultParameters`.
    #[serde(
        rename = "DefaultParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameters: Option<String>,
    /// Type of the instance executing the command. Valid values: `CVM`, `LIGHTHOUSE`.
    ///
    /// Wire name: `InstanceKind`.
    #[serde(rename = "InstanceKind", default, skip_serializing_if = "Option::is_none")]
    pub instance_kind: Option<crate::types::InstanceKind>,
    /// The user who executes the command on the instance.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
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
    /// Base64-encoded command
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `CommandContent`.
    #[serde(rename = "CommandContent", default, skip_serializing_if = "Option::is_none")]
    pub command_content: Option<String>,
    /// Command type
    ///
    /// Wire name: `CommandType`.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: Option<String>,
    /// Command timeout period, in seconds.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// Working directory for executing the command.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// The COS bucket URL for uploading logs.
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// The COS bucket directory where the logs are saved.
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

impl Invocation {
    /// Execution activity ID (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// Command ID (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Name of the executed command (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }

    /// Execution task status. valid values: (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&crate::types::InvocationStatus> {
        self.invocation_status.as_ref()
    }

    /// Execution task information list (`InvocationTaskBasicInfoSet`).
    pub fn invocation_task_basic_info_set(
        &self,
    ) -> &[crate::types::InvocationTaskBasicInfo] {
        self.invocation_task_basic_info_set.as_deref().unwrap_or_default()
    }

    /// Execution activity description (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Execute the activity start time. the format is YYYY-MM-DDThh:MM:ssZ (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// Execute activity end time. format: YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// Execution activity createtime. format: YYYY-MM-DDThh:MM:ssZ (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Update time of the execution activity. the format is YYYY-MM-DDThh:MM:ssZ (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }

    /// Values of custom parameters (`Parameters`).
    pub fn parameters(&self) -> Option<&str> {
        self.parameters.as_deref()
    }

    /// Default custom parameter value (`DefaultParameters`).
    pub fn default_parameters(&self) -> Option<&str> {
        self.default_parameters.as_deref()
    }

    /// Type of the instance executing the command. Valid values: `CVM`, `LIGHTHOUSE` (`InstanceKind`).
    pub fn instance_kind(&self) -> Option<&crate::types::InstanceKind> {
        self.instance_kind.as_ref()
    }

    /// The user who executes the command on the instance (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// Invocation source (`InvocationSource`).
    pub fn invocation_source(&self) -> Option<&crate::types::InvocationSource> {
        self.invocation_source.as_ref()
    }

    /// Base64-encoded command (`CommandContent`).
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

    /// Command type (`CommandType`).
    pub fn command_type(&self) -> Option<&str> {
        self.command_type.as_deref()
    }

    /// Command timeout period, in seconds (`Timeout`).
    pub fn timeout(&self) -> Option<u64> {
        self.timeout
    }

    /// Working directory for executing the command (`WorkingDirectory`).
    pub fn working_directory(&self) -> Option<&str> {
        self.working_directory.as_deref()
    }

    /// The COS bucket URL for uploading logs (`OutputCOSBucketUrl`).
    pub fn output_cos_bucket_url(&self) -> Option<&str> {
        self.output_cos_bucket_url.as_deref()
    }

    /// The COS bucket directory where the logs are saved (`OutputCOSKeyPrefix`).
    pub fn output_cos_key_prefix(&self) -> Option<&str> {
        self.output_cos_key_prefix.as_deref()
    }
}

impl Invocation {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invocation",
    description: sdk_shape::Text::both(
        "Execution activity details.",
        "执行活动详情。",
    ),
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
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command ID.", "命令ID。"),
            example: Some("\"cmd-xxxxxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Name of the executed command.",
                "执行的命令的名称",
            ),
            example: Some("\"cleanDisk\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_status::SHAPE),
            description: sdk_shape::Text::both(
                "Execution task status. valid values:.\n\n- PENDING: waiting for distribution.\n- RUNNING: command is running.\n- CANCELLING: canceling.\n- SUCCESS: command success.\n- TIMEOUT: command timeout.\n- FAILED: command FAILED.\n- CANCELLED: all commands canceled.\n- PARTIAL_FAILED: the command partially failed.\n- PARTIAL_CANCELLED: the command is partially canceled.",
                "执行任务状态。取值范围：\n\n- PENDING：等待下发\n- RUNNING：命令运行中\n- CANCELLING：取消中\n- SUCCESS：命令成功\n- TIMEOUT：命令超时\n- FAILED：命令失败\n- CANCELLED：命令全部取消\n- PARTIAL_FAILED：命令部分失败\n- PARTIAL_CANCELLED：命令部分取消",
            ),
            example: Some("\"SUCCESS\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationTaskBasicInfoSet",
            flag: "invocation-task-basic-info-set",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::invocation_task_basic_info::SHAPE,
                ),
            ),
            description: sdk_shape::Text::both(
                "Execution task information list.",
                "执行任务信息列表。",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution activity description.",
                "执行活动描述。",
            ),
            example: Some("\"Test Invocation\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Execute the activity start time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "执行活动开始时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Execute activity end time. format: YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "执行活动结束时间。格式为：YYYY-MM-DDThh:mm:ssZ\n注意：此字段可能返回 null，表示取不到有效值。",
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
                "Execution activity createtime. format: YYYY-MM-DDThh:MM:ssZ.",
                "执行活动创建时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Update time of the execution activity. the format is YYYY-MM-DDThh:MM:ssZ.",
                "执行活动更新时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Values of custom parameters.",
                "自定义参数取值。",
            ),
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameters",
            flag: "default-parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Default custom parameter value.",
                "自定义参数的默认取值。",
            ),
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceKind",
            flag: "instance-kind",
            kind: sdk_shape::Kind::Enum(&crate::types::instance_kind::SHAPE),
            description: sdk_shape::Text::both(
                "Type of the instance executing the command. Valid values: `CVM`, `LIGHTHOUSE`.",
                "执行命令的实例类型，取值范围：CVM、LIGHTHOUSE。",
            ),
            example: Some("\"CVM\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The user who executes the command on the instance.",
                "在实例上执行命令时使用的用户名。",
            ),
            example: Some("\"root\""),
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
            name: "CommandContent",
            flag: "command-content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Base64-encoded command",
                "base64编码的命令内容",
            ),
            base64: true,
            example: Some("\"cHdk\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandType",
            flag: "command-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command type", "命令类型"),
            example: Some("\"SHELL\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Command timeout period, in seconds.",
                "执行命令过期时间， 单位秒",
            ),
            example: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Working directory for executing the command.",
                "执行命令的工作路径",
            ),
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The COS bucket URL for uploading logs.",
                "日志上传的cos bucket 地址。",
            ),
            example: Some(
                "\"https://BucketName-123454321.cos.ap-beijing.myqcloud.com\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The COS bucket directory where the logs are saved.",
                "日志在cos bucket中的目录。",
            ),
            example: Some("\"aa/bb/cc\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
