// @generated from spec/tat/2020-10-28/types/TaskResult.json by `cargo xtask codegen`; do not edit.
//! The `TaskResult` data type.

use serde::{Deserialize, Serialize};

/// The result of an execution task.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TaskResult {
    /// Exit code of the command.
    ///
    /// Wire name: `ExitCode`.
    #[serde(rename = "ExitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// Output of the command, base64-encoded, at most 24 KB.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Output`.
    #[serde(rename = "Output", default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// When the command started running.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `ExecStartTime`.
    #[serde(rename = "ExecStartTime", default, skip_serializing_if = "Option::is_none")]
    pub exec_start_time: Option<String>,
    /// When the command stopped running.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `ExecEndTime`.
    #[serde(rename = "ExecEndTime", default, skip_serializing_if = "Option::is_none")]
    pub exec_end_time: Option<String>,
    /// Number of bytes of output cut off by truncation.
    ///
    /// Wire name: `Dropped`.
    #[serde(rename = "Dropped", default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<u64>,
    /// URL of the output uploaded to COS.
    ///
    /// Wire name: `OutputUrl`.
    #[serde(rename = "OutputUrl", default, skip_serializing_if = "Option::is_none")]
    pub output_url: Option<String>,
    /// Error information of uploading the output to COS.
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
    /// Exit code of the command (`ExitCode`).
    pub fn exit_code(&self) -> Option<i64> {
        self.exit_code
    }

    /// Output of the command, base64-encoded, at most 24 KB (`Output`).
    pub fn output(&self) -> Option<&str> {
        self.output.as_deref()
    }

    /// `Output` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn output_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.output.as_deref()?))
    }

    /// When the command started running (`ExecStartTime`).
    pub fn exec_start_time(&self) -> Option<&str> {
        self.exec_start_time.as_deref()
    }

    /// When the command stopped running (`ExecEndTime`).
    pub fn exec_end_time(&self) -> Option<&str> {
        self.exec_end_time.as_deref()
    }

    /// Number of bytes of output cut off by truncation (`Dropped`).
    pub fn dropped(&self) -> Option<u64> {
        self.dropped
    }

    /// URL of the output uploaded to COS (`OutputUrl`).
    pub fn output_url(&self) -> Option<&str> {
        self.output_url.as_deref()
    }

    /// Error information of uploading the output to COS (`OutputUploadCOSErrorInfo`).
    pub fn output_upload_cos_error_info(&self) -> Option<&str> {
        self.output_upload_cos_error_info.as_deref()
    }
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TaskResult",
    description: "The result of an execution task.",
    members: &[
        sdk_shape::MemberShape {
            name: "ExitCode",
            flag: "exit-code",
            kind: sdk_shape::Kind::Int64,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Exit code of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Output",
            flag: "output",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: true,
            description: "Output of the command, base64-encoded, at most 24 KB.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "ExecStartTime",
            flag: "exec-start-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: true,
            base64: false,
            description: "When the command started running.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "ExecEndTime",
            flag: "exec-end-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: true,
            base64: false,
            description: "When the command stopped running.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Dropped",
            flag: "dropped",
            kind: sdk_shape::Kind::Uint64,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Number of bytes of output cut off by truncation.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "OutputUrl",
            flag: "output-url",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "URL of the output uploaded to COS.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "OutputUploadCOSErrorInfo",
            flag: "output-upload-cos-error-info",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Error information of uploading the output to COS.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
};
