// @generated from spec/tat/2020-10-28/types/CommandDocument.json by `cargo xtask codegen`; do not edit.
//! The `CommandDocument` data type.

/// Command execution details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CommandDocument {
    /// Base64-encoded command.
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
    pub command_type: Option<crate::types::CommandType>,
    /// Timeout period. unit: seconds.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// Execution path.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// The user who executes the command.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// URL of the COS bucket to store the output
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// Prefix of the output file name
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

impl CommandDocument {
    /// Base64-encoded command (`Content`).
    pub fn content(&self) -> Option<&str> {
        self.content.as_deref()
    }

    /// `Content` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn content_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.content.as_deref()?))
    }

    /// Command type. value is one of SHELL, POWERSHELL, BAT (`CommandType`).
    pub fn command_type(&self) -> Option<&crate::types::CommandType> {
        self.command_type.as_ref()
    }

    /// Timeout period. unit: seconds (`Timeout`).
    pub fn timeout(&self) -> Option<u64> {
        self.timeout
    }

    /// Execution path (`WorkingDirectory`).
    pub fn working_directory(&self) -> Option<&str> {
        self.working_directory.as_deref()
    }

    /// The user who executes the command (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// URL of the COS bucket to store the output (`OutputCOSBucketUrl`).
    pub fn output_cos_bucket_url(&self) -> Option<&str> {
        self.output_cos_bucket_url.as_deref()
    }

    /// Prefix of the output file name (`OutputCOSKeyPrefix`).
    pub fn output_cos_key_prefix(&self) -> Option<&str> {
        self.output_cos_key_prefix.as_deref()
    }
}

impl CommandDocument {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CommandDocument",
    description: sdk_shape::Text::both(
        "Command execution details.",
        "命令执行详情。",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Base64-encoded command.",
                "Base64 编码后的执行命令。",
            ),
            base64: true,
            example: Some("\"cHdk\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandType",
            flag: "command-type",
            kind: sdk_shape::Kind::Enum(&crate::types::command_type::SHAPE),
            description: sdk_shape::Text::both(
                "Command type. value is one of SHELL, POWERSHELL, BAT.",
                "命令类型。取值为 SHELL、POWERSHELL、BAT 之一。",
            ),
            example: Some("\"SHELL\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Timeout period. unit: seconds.",
                "超时时间。单位：秒。",
            ),
            example: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Execution path.", "执行路径。"),
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The user who executes the command.",
                "执行用户。",
            ),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "URL of the COS bucket to store the output",
                "保存输出的 COS Bucket 链接。",
            ),
            example: Some("\"https://<名称>-<AppId>.cos.ap-beijing.myqcloud.com\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Prefix of the output file name",
                "保存输出的文件名称前缀。",
            ),
            example: Some("\"agent\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
