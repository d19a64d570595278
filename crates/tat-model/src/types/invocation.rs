// @generated from spec/tat/2020-10-28/types/Invocation.json by `cargo xtask codegen`; do not edit.
//! The `Invocation` data type.

use serde::{Deserialize, Serialize};

/// An execution activity: one command run on one or more instances.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Invocation {
    /// ID of the execution activity.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// ID of the command.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Name of the command.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// Status of the execution activity.
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<crate::InvocationStatus>,
    /// The tasks of the execution activity, one per instance.
    ///
    /// Wire name: `InvocationTaskBasicInfoSet`.
    #[serde(
        rename = "InvocationTaskBasicInfoSet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_basic_info_set: Option<Vec<crate::InvocationTaskBasicInfo>>,
    /// Description of the execution activity.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the execution activity started.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// When the execution activity ended.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// When the execution activity was created.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// When the execution activity was last updated.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
    /// Custom parameters of the command, JSON-encoded.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// Default values of the custom parameters, JSON-encoded.
    ///
    /// Wire name: `DefaultParameters`.
    #[serde(
        rename = "DefaultParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameters: Option<String>,
    /// Kind of the instances the command runs on.
    ///
    /// Wire name: `InstanceKind`.
    #[serde(rename = "InstanceKind", default, skip_serializing_if = "Option::is_none")]
    pub instance_kind: Option<crate::InstanceKind>,
    /// The user who runs the command on the instance.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// What started the execution activity.
    ///
    /// Wire name: `InvocationSource`.
    #[serde(
        rename = "InvocationSource",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_source: Option<crate::InvocationSource>,
    /// The command, base64-encoded.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `CommandContent`.
    #[serde(rename = "CommandContent", default, skip_serializing_if = "Option::is_none")]
    pub command_content: Option<String>,
    /// Type of the command.
    ///
    /// Wire name: `CommandType`.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: Option<String>,
    /// Timeout of the command, in seconds.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// Working directory of the command.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// COS bucket the output logs are uploaded to.
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// Key prefix of the output logs uploaded to COS.
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
    /// ID of the execution activity (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// ID of the command (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Name of the command (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }

    /// Status of the execution activity (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&crate::InvocationStatus> {
        self.invocation_status.as_ref()
    }

    /// The tasks of the execution activity, one per instance (`InvocationTaskBasicInfoSet`).
    pub fn invocation_task_basic_info_set(&self) -> &[crate::InvocationTaskBasicInfo] {
        self.invocation_task_basic_info_set.as_deref().unwrap_or_default()
    }

    /// Description of the execution activity (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// When the execution activity started (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// When the execution activity ended (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// When the execution activity was created (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// When the execution activity was last updated (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }

    /// Custom parameters of the command, JSON-encoded (`Parameters`).
    pub fn parameters(&self) -> Option<&str> {
        self.parameters.as_deref()
    }

    /// Default values of the custom parameters, JSON-encoded (`DefaultParameters`).
    pub fn default_parameters(&self) -> Option<&str> {
        self.default_parameters.as_deref()
    }

    /// Kind of the instances the command runs on (`InstanceKind`).
    pub fn instance_kind(&self) -> Option<&crate::InstanceKind> {
        self.instance_kind.as_ref()
    }

    /// The user who runs the command on the instance (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// What started the execution activity (`InvocationSource`).
    pub fn invocation_source(&self) -> Option<&crate::InvocationSource> {
        self.invocation_source.as_ref()
    }

    /// The command, base64-encoded (`CommandContent`).
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

    /// Type of the command (`CommandType`).
    pub fn command_type(&self) -> Option<&str> {
        self.command_type.as_deref()
    }

    /// Timeout of the command, in seconds (`Timeout`).
    pub fn timeout(&self) -> Option<u64> {
        self.timeout
    }

    /// Working directory of the command (`WorkingDirectory`).
    pub fn working_directory(&self) -> Option<&str> {
        self.working_directory.as_deref()
    }

    /// COS bucket the output logs are uploaded to (`OutputCOSBucketUrl`).
    pub fn output_cos_bucket_url(&self) -> Option<&str> {
        self.output_cos_bucket_url.as_deref()
    }

    /// Key prefix of the output logs uploaded to COS (`OutputCOSKeyPrefix`).
    pub fn output_cos_key_prefix(&self) -> Option<&str> {
        self.output_cos_key_prefix.as_deref()
    }
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invocation",
    description: "An execution activity: one command run on one or more instances.",
    members: &[
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the execution activity.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "ID of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Name of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_status::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Status of the execution activity.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvocationTaskBasicInfoSet",
            flag: "invocation-task-basic-info-set",
            kind: sdk_shape::Kind::Struct(
                &crate::types::invocation_task_basic_info::SHAPE,
            ),
            list: true,
            required: false,
            nullable: false,
            base64: false,
            description: "The tasks of the execution activity, one per instance.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Description of the execution activity.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "When the execution activity started.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: true,
            base64: false,
            description: "When the execution activity ended.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "When the execution activity was created.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "When the execution activity was last updated.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Custom parameters of the command, JSON-encoded.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "DefaultParameters",
            flag: "default-parameters",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Default values of the custom parameters, JSON-encoded.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InstanceKind",
            flag: "instance-kind",
            kind: sdk_shape::Kind::Enum(&crate::types::instance_kind::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Kind of the instances the command runs on.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "The user who runs the command on the instance.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "InvocationSource",
            flag: "invocation-source",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_source::SHAPE),
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "What started the execution activity.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandContent",
            flag: "command-content",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: true,
            description: "The command, base64-encoded.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "CommandType",
            flag: "command-type",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Type of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Timeout of the command, in seconds.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Working directory of the command.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "COS bucket the output logs are uploaded to.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            list: false,
            required: false,
            nullable: false,
            base64: false,
            description: "Key prefix of the output logs uploaded to COS.",
            default: None,
            minimum: None,
            maximum: None,
            max_items: None,
            filter: None,
        },
    ],
};
