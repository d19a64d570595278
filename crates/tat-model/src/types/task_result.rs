// @generated from spec/tat/2020-10-28/types/TaskResult.json by `cargo xtask codegen`; do not edit.
//! The `TaskResult` data type.

/// Task result.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TaskResult {
    /// ExitCode of the execution.
    ///
    /// Wire name: `ExitCode`.
    #[serde(rename = "ExitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// Base64-encoded command output. The maximum length is 24 KB.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Output`.
    #[serde(rename = "Output", default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// Command execution start time. the format is YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `ExecStartTime`.
    #[serde(rename = "ExecStartTime", default, skip_serializing_if = "Option::is_none")]
    pub exec_start_time: Option<String>,
    /// Execution end time of the command. format: YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `ExecEndTime`.
    #[serde(rename = "ExecEndTime", default, skip_serializing_if = "Option::is_none")]
    pub exec_end_time: Option<String>,
    /// Dropped bytes of the command output.
    ///
    /// Wire name: `Dropped`.
    #[serde(rename = "Dropped", default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<u64>,
    /// COS URL of the logs.
    ///
    /// Wire name: `OutputUrl`.
    #[serde(rename = "OutputUrl", default, skip_serializing_if = "Option::is_none")]
    pub output_url: Option<String>,
    /// Error message for uploading logs to COS.
    ///
    /// Wire name: `OutputUploadCOSErrorInfo`.
    #[serde(
        rename = "OutputUploadCOSErrorInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_upload_cos_error_info: Option<String>,
}

impl TaskResult {
    /// ExitCode of the execution (`ExitCode`).
    pub fn exit_code(&self) -> Option<i64> {
        self.exit_code
    }

    /// Base64-encoded command output. The maximum length is 24 KB (`Output`).
    pub fn output(&self) -> Option<&str> {
        self.output.as_deref()
    }

    /// `Output` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn output_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.output.as_deref()?))
    }

    /// Command execution start time. the format is YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`ExecStartTime`).
    pub fn exec_start_time(&self) -> Option<&str> {
        self.exec_start_time.as_deref()
    }

    /// Execution end time of the command. format: YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`ExecEndTime`).
    pub fn exec_end_time(&self) -> Option<&str> {
        self.exec_end_time.as_deref()
    }

    /// Dropped bytes of the command output (`Dropped`).
    pub fn dropped(&self) -> Option<u64> {
        self.dropped
    }

    /// COS URL of the logs (`OutputUrl`).
    pub fn output_url(&self) -> Option<&str> {
        self.output_url.as_deref()
    }

    /// Error message for uploading logs to COS (`OutputUploadCOSErrorInfo`).
    pub fn output_upload_cos_error_info(&self) -> Option<&str> {
        self.output_upload_cos_error_info.as_deref()
    }
}

impl TaskResult {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TaskResult",
    description: sdk_shape::Text::both("Task result.", "任务结果。"),
    members: &[
        sdk_shape::MemberShape {
            name: "ExitCode",
            flag: "exit-code",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::both(
                "ExitCode of the execution.",
                "命令执行ExitCode。",
            ),
            example: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Output",
            flag: "output",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Base64-encoded command output. The maximum length is 24 KB.",
                "Base64编码后的命令输出。最大长度24KB。",
            ),
            base64: true,
            example: Some("\"aGVsbG8sd29ybGQ=\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ExecStartTime",
            flag: "exec-start-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Command execution start time. the format is YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "命令执行开始时间。格式为：YYYY-MM-DDThh:mm:ssZ\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ExecEndTime",
            flag: "exec-end-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Execution end time of the command. format: YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "命令执行结束时间。格式为：YYYY-MM-DDThh:mm:ssZ\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Dropped",
            flag: "dropped",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Dropped bytes of the command output.",
                "命令最终输出被截断的字节数。",
            ),
            example: Some("100"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputUrl",
            flag: "output-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "COS URL of the logs.",
                "日志在cos中的地址",
            ),
            example: Some(
                "\"https://BucketName-123454321.cos.ap-beijing.myqcloud.com\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputUploadCOSErrorInfo",
            flag: "output-upload-cos-error-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Error message for uploading logs to COS.",
                "日志上传cos的错误信息。",
            ),
            example: Some("\"Failed to upload output to cos\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
