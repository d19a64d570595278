// @generated from spec/tat/2020-10-28/types/Command.json by `cargo xtask codegen`; do not edit.
//! The `Command` data type.

/// Command details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Command {
    /// Command ID.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Command name.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// Command description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The Base64-encoded command content.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Content`.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Command type. value is one of SHELL, POWERSHELL, BAT.
    ///
    /// Wire name: `CommandType`.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: Option<String>,
    /// Command execution path.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// Command timeout time.
    ///
    /// unit: seconds.
    ///
    /// when specifying the OutputCOSBucketUrl parameter, the timeout period includes the time taken to upload command output to COS.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// Command creation time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Command last update time. format: YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
    /// Whether to enable the custom parameter feature.
    ///
    /// Wire name: `EnableParameter`.
    #[serde(
        rename = "EnableParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_parameter: Option<bool>,
    /// Default value of custom parameter.
    ///
    /// Wire name: `DefaultParameters`.
    #[serde(
        rename = "DefaultParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameters: Option<String>,
    /// Default value of custom parameters.
    ///
    /// Wire name: `DefaultParameterConfs`.
    #[serde(
        rename = "DefaultParameterConfs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameter_confs: Option<Vec<crate::types::DefaultParameterConf>>,
    /// Command association scenarios
    ///
    /// Wire name: `Scenes`.
    #[serde(rename = "Scenes", default, skip_serializing_if = "Option::is_none")]
    pub scenes: Option<Vec<String>>,
    /// Structured description of the command. public commands have values, and user commands are empty strings.
    ///
    /// Wire name: `FormattedDescription`.
    #[serde(
        rename = "FormattedDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub formatted_description: Option<String>,
    /// Command creator.
    ///
    /// enumeration value:
    ///
    /// - TAT: public command
    /// - USER: personal creation command
    ///
    /// Wire name: `CreatedBy`.
    #[serde(rename = "CreatedBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<crate::types::CreatedBy>,
    /// Tag list associated with the command.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// Username to run command on the instance.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The cos bucket address for log upload.
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// Directory of logs in the cos bucket.
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

impl Command {
    /// Command ID (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Command name (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }

    /// Command description (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The Base64-encoded command content (`Content`).
    pub fn content(&self) -> Option<&str> {
        self.content.as_deref()
    }

    /// `Content` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn content_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.content.as_deref()?))
    }

    /// Command type. value is one of SHELL, POWERSHELL, BAT (`CommandType`).
    pub fn command_type(&self) -> Option<&str> {
        self.command_type.as_deref()
    }

    /// Command execution path (`WorkingDirectory`).
    pub fn working_directory(&self) -> Option<&str> {
        self.working_directory.as_deref()
    }

    /// Command timeout time (`Timeout`).
    pub fn timeout(&self) -> Option<u64> {
        self.timeout
    }

    /// Command creation time. the format is YYYY-MM-DDThh:MM:ssZ (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Command last update time. format: YYYY-MM-DDThh:MM:ssZ (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }

    /// Whether to enable the custom parameter feature (`EnableParameter`).
    pub fn enable_parameter(&self) -> Option<bool> {
        self.enable_parameter
    }

    /// Default value of custom parameter (`DefaultParameters`).
    pub fn default_parameters(&self) -> Option<&str> {
        self.default_parameters.as_deref()
    }

    /// Default value of custom parameters (`DefaultParameterConfs`).
    pub fn default_parameter_confs(&self) -> &[crate::types::DefaultParameterConf] {
        self.default_parameter_confs.as_deref().unwrap_or_default()
    }

    /// Command association scenarios (`Scenes`).
    pub fn scenes(&self) -> &[String] {
        self.scenes.as_deref().unwrap_or_default()
    }

    /// Structured description of the command. public commands have values, and user commands are empty strings (`FormattedDescription`).
    pub fn formatted_description(&self) -> Option<&str> {
        self.formatted_description.as_deref()
    }

    /// Command creator (`CreatedBy`).
    pub fn created_by(&self) -> Option<&crate::types::CreatedBy> {
        self.created_by.as_ref()
    }

    /// Tag list associated with the command (`Tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// Username to run command on the instance (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// The cos bucket address for log upload (`OutputCOSBucketUrl`).
    pub fn output_cos_bucket_url(&self) -> Option<&str> {
        self.output_cos_bucket_url.as_deref()
    }

    /// Directory of logs in the cos bucket (`OutputCOSKeyPrefix`).
    pub fn output_cos_key_prefix(&self) -> Option<&str> {
        self.output_cos_key_prefix.as_deref()
    }
}

impl Command {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Command",
    description: sdk_shape::Text::both("Command details.", "命令详情。"),
    members: &[
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command ID.", "命令ID。"),
            example: Some("\"cmd-aaaaaaaa\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command name.", "命令名称。"),
            example: Some("\"cmdname\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command description.",
                "命令描述。",
            ),
            example: Some("\"the cmd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The Base64-encoded command content.",
                "Base64编码后的命令内容。",
            ),
            base64: true,
            example: Some("\"bHMgMTIzCmVjaG8ge3tifX0ge3tjfX0=\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandType",
            flag: "command-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command type. value is one of SHELL, POWERSHELL, BAT.",
                "命令类型。取值为 SHELL、POWERSHELL、BAT 之一。",
            ),
            example: Some("\"SHELL\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command execution path.",
                "命令执行路径。",
            ),
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Command timeout time.\n\nunit: seconds.\n\nwhen specifying the OutputCOSBucketUrl parameter, the timeout period includes the time taken to upload command output to COS.",
                "命令超时时间。\n\n单位：秒\n\n指定 OutputCOSBucketUrl 参数时，超时时间将包含命令输出上传 COS 的耗时",
            ),
            example: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Command creation time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "命令创建时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-05-12T02:49:04Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Command last update time. format: YYYY-MM-DDThh:MM:ssZ.",
                "命令更新时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-05-12T02:49:04Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EnableParameter",
            flag: "enable-parameter",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Whether to enable the custom parameter feature.",
                "是否启用自定义参数功能。",
            ),
            example: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameters",
            flag: "default-parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Default value of custom parameter.",
                "自定义参数的默认取值。",
            ),
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameterConfs",
            flag: "default-parameter-confs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::default_parameter_conf::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Default value of custom parameters.",
                "自定义参数的默认取值。",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Scenes",
            flag: "scenes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command association scenarios",
                "命令关联的场景",
            ),
            list: true,
            example: Some("[\"sc-12345678\"]"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FormattedDescription",
            flag: "formatted-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Structured description of the command. public commands have values, and user commands are empty strings.",
                "命令的结构化描述。公共命令有值，用户命令为空字符串。",
            ),
            example: Some(
                "\"{\\\"scenes\\\":[\\\"sc-e22tn6f2\\\"],\\\"cmd_description\\\":{\\\"en\\\":\\\"english description\\\",\\\"zh-cn\\\":\\\"中文描述\\\",\\\"name-en\\\":\\\"EngName\\\",\\\"name-zh-cn\\\":\\\"中文名\\\"},\\\"parameter_description\\\":{},\\\"cmdName\\\":\\\"name\\\",\\\"cmdDesc\\\":\\\"desc\\\"}\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedBy",
            flag: "created-by",
            kind: sdk_shape::Kind::Enum(&crate::types::created_by::SHAPE),
            description: sdk_shape::Text::both(
                "Command creator.\n\nenumeration value:\n\n- TAT: public command\n- USER: personal creation command",
                "命令创建者。\n\n枚举值：\n\n- TAT： 公共命令\n- USER： 个人创建的命令",
            ),
            example: Some("\"TAT\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Tag list associated with the command.",
                "命令关联的标签列表。",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Username to run command on the instance.",
                "在实例上执行命令的用户名。",
            ),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The cos bucket address for log upload.",
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
                "Directory of logs in the cos bucket.",
                "日志在cos bucket中的目录。",
            ),
            example: Some("\"aa/bb/cc\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
