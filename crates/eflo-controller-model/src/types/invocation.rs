// @generated from spec/eflo-controller/2022-12-15/types/Invocation.json by `cargo xtask codegen`; do not edit.
//! The `Invocation` data type.

/// The file delivery record.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Invocation {
    /// The command content.
    ///
    /// - If [ContentEncoding](crate::types::ContentEncoding) is set to PlainText, the original script content is returned.
    /// - If [ContentEncoding](crate::types::ContentEncoding) is set to Base64, the Base64-encoded script content is returned.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `CommandContent`.
    #[serde(rename = "CommandContent", default, skip_serializing_if = "Option::is_none")]
    pub command_content: Option<String>,
    /// The command description.
    ///
    /// Wire name: `CommandDescription`.
    #[serde(
        rename = "CommandDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub command_description: Option<String>,
    /// The command name.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// The time when the task was created. The time is displayed in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The execution time of the scheduled command.
    ///
    /// Wire name: `Frequency`.
    #[serde(rename = "Frequency", default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<String>,
    /// The overall execution status of the command. The overall execution status depends on the common execution status across all instances in this invocation. Valid values:
    ///
    /// - Pending: The system is validating or sending the command. When the command execution status on at least one instance is Pending, the overall execution status is Pending.
    /// - Scheduled: The scheduled command has been sent and is waiting to run. When the command execution status on at least one instance is Scheduled, the overall execution status is Scheduled.
    /// - Running: The command is running on the instance. When the command execution status on at least one instance is Running, the overall execution status is Running.
    /// - Success: The command execution status on each instance is Stopped or Success, and the command execution status on at least one instance is Success. The overall execution status is Success.
    ///   - One-time task: The command execution is complete and the exit code is 0.
    ///   - Scheduled task: The last execution was successful with an exit code of 0, and all specified schedules have been completed.
    /// - Failed: The command execution status on each instance is Stopped or Failed. The overall execution status is Failed. The return value is Failed when the command execution status on an instance is one or more of the following:
    ///   - Command validation failed (Invalid).
    ///   - Command delivery failed (Aborted).
    ///   - Command execution completed with a non-zero exit code (Failed).
    ///   - Command execution timed out (Timeout).
    ///   - Command execution encountered an exception (Error).
    /// - Stopping: The task is being stopped. When the command execution status on at least one instance is Stopping, the overall execution status is Stopping.
    /// - Stopped: The task has been stopped. When the command execution status on all instances is Stopped, the overall execution status is Stopped. The return value is Stopped when the command execution status on an instance is one of the following:
    ///   - The task was canceled (Cancelled).
    ///   - The task was terminated (Terminated).
    /// - PartialFailed: Some instances executed successfully while others failed. When the command execution status on each instance is Success, Failed, or Stopped, the overall execution status is PartialFailed.
    ///
    /// > The [InvokeStatus](crate::types::InvokeStatus) parameter in the response has a similar meaning, but we recommend that you check this parameter instead.
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<crate::types::InvocationStatus>,
    /// The command execution ID.
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// The command execution records.
    ///
    /// Wire name: `InvokeNodes`.
    #[serde(rename = "InvokeNodes", default, skip_serializing_if = "Option::is_none")]
    pub invoke_nodes: Option<crate::types::InvokeNodes>,
    /// The overall execution status of the command. The overall execution status depends on the common execution status of one or more instances in the invocation. Valid values:
    ///
    /// - Running:
    ///   - Scheduled execution: The execution status remains Running until you manually stop the scheduled command.
    ///   - One-time execution: The overall execution status is Running if the command process is running on any instance.
    /// - Finished:
    ///   - Scheduled execution: The command process cannot have a status of Finished.
    ///   - One-time execution: All instances have completed execution, or the command process was manually stopped on some instances while the remaining instances completed execution.
    /// - Failed:
    ///   - Scheduled execution: The command process cannot have a status of Failed.
    ///   - One-time execution: All instances failed to execute the command.
    /// - Stopped: The command was stopped.
    /// - Stopping: The command is being stopped.
    /// - PartialFailed: Partial failure. This value does not take effect if the InstanceId parameter is also specified.
    ///
    /// Wire name: `InvokeStatus`.
    #[serde(rename = "InvokeStatus", default, skip_serializing_if = "Option::is_none")]
    pub invoke_status: Option<crate::types::InvokeStatus>,
    /// The custom parameters in the command.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// The execution mode of the command. Valid values:
    ///
    /// - Once: Immediately executes the command.
    /// - Period: Executes the command on a schedule.
    /// - NextRebootOnly: Automatically executes the command the next time the instance starts.
    /// - EveryReboot: Automatically executes the command every time the instance starts.
    ///
    /// Wire name: `RepeatMode`.
    #[serde(rename = "RepeatMode", default, skip_serializing_if = "Option::is_none")]
    pub repeat_mode: Option<crate::types::RepeatMode>,
    /// The timeout period for the command execution. Unit: seconds.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
    /// The username used to execute the command.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The working directory of the command on the instance.
    ///
    /// Wire name: `WorkingDir`.
    #[serde(rename = "WorkingDir", default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
}

impl Invocation {
    /// The command content (`CommandContent`).
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

    /// The command description (`CommandDescription`).
    pub fn command_description(&self) -> Option<&str> {
        self.command_description.as_deref()
    }

    /// The command name (`CommandName`).
    pub fn command_name(&self) -> Option<&str> {
        self.command_name.as_deref()
    }

    /// The time when the task was created. The time is displayed in ISO 8601 format. Z in the example indicates UTC (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The execution time of the scheduled command (`Frequency`).
    pub fn frequency(&self) -> Option<&str> {
        self.frequency.as_deref()
    }

    /// The overall execution status of the command. The overall execution status depends on the common execution status across all instances in this invocation. Valid values: (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&crate::types::InvocationStatus> {
        self.invocation_status.as_ref()
    }

    /// The command execution ID (`InvokeId`).
    pub fn invoke_id(&self) -> Option<&str> {
        self.invoke_id.as_deref()
    }

    /// The command execution records (`InvokeNodes`).
    pub fn invoke_nodes(&self) -> Option<&crate::types::InvokeNodes> {
        self.invoke_nodes.as_ref()
    }

    /// The overall execution status of the command. The overall execution status depends on the common execution status of one or more instances in the invocation. Valid values: (`InvokeStatus`).
    pub fn invoke_status(&self) -> Option<&crate::types::InvokeStatus> {
        self.invoke_status.as_ref()
    }

    /// The custom parameters in the command (`Parameters`).
    pub fn parameters(&self) -> Option<&str> {
        self.parameters.as_deref()
    }

    /// The execution mode of the command. Valid values: (`RepeatMode`).
    pub fn repeat_mode(&self) -> Option<&crate::types::RepeatMode> {
        self.repeat_mode.as_ref()
    }

    /// The timeout period for the command execution. Unit: seconds (`Timeout`).
    pub fn timeout(&self) -> Option<i64> {
        self.timeout
    }

    /// The username used to execute the command (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// The working directory of the command on the instance (`WorkingDir`).
    pub fn working_dir(&self) -> Option<&str> {
        self.working_dir.as_deref()
    }
}

impl Invocation {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invocation",
    description: sdk_shape::Text::en("The file delivery record."),
    members: &[
        sdk_shape::MemberShape {
            name: "CommandContent",
            flag: "command-content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The command content.\n\n- If ContentEncoding is set to PlainText, the original script content is returned.\n- If ContentEncoding is set to Base64, the Base64-encoded script content is returned.",
            ),
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandDescription",
            flag: "command-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the task was created. The time is displayed in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Frequency",
            flag: "frequency",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The execution time of the scheduled command.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::Enum(&crate::types::invocation_status::SHAPE),
            description: sdk_shape::Text::en(
                "The overall execution status of the command. The overall execution status depends on the common execution status across all instances in this invocation. Valid values:\n\n- Pending: The system is validating or sending the command. When the command execution status on at least one instance is Pending, the overall execution status is Pending.\n- Scheduled: The scheduled command has been sent and is waiting to run. When the command execution status on at least one instance is Scheduled, the overall execution status is Scheduled.\n- Running: The command is running on the instance. When the command execution status on at least one instance is Running, the overall execution status is Running.\n- Success: The command execution status on each instance is Stopped or Success, and the command execution status on at least one instance is Success. The overall execution status is Success.\n  - One-time task: The command execution is complete and the exit code is 0.\n  - Scheduled task: The last execution was successful with an exit code of 0, and all specified schedules have been completed.\n- Failed: The command execution status on each instance is Stopped or Failed. The overall execution status is Failed. The return value is Failed when the command execution status on an instance is one or more of the following:\n  - Command validation failed (Invalid).\n  - Command delivery failed (Aborted).\n  - Command execution completed with a non-zero exit code (Failed).\n  - Command execution timed out (Timeout).\n  - Command execution encountered an exception (Error).\n- Stopping: The task is being stopped. When the command execution status on at least one instance is Stopping, the overall execution status is Stopping.\n- Stopped: The task has been stopped. When the command execution status on all instances is Stopped, the overall execution status is Stopped. The return value is Stopped when the command execution status on an instance is one of the following:\n  - The task was canceled (Cancelled).\n  - The task was terminated (Terminated).\n- PartialFailed: Some instances executed successfully while others failed. When the command execution status on each instance is Success, Failed, or Stopped, the overall execution status is PartialFailed.\n\n> The InvokeStatus parameter in the response has a similar meaning, but we recommend that you check this parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command execution ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeNodes",
            flag: "invoke-nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::invoke_nodes::SHAPE),
            ),
            description: sdk_shape::Text::en("The command execution records."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeStatus",
            flag: "invoke-status",
            kind: sdk_shape::Kind::Enum(&crate::types::invoke_status::SHAPE),
            description: sdk_shape::Text::en(
                "The overall execution status of the command. The overall execution status depends on the common execution status of one or more instances in the invocation. Valid values:\n\n- Running:\n  - Scheduled execution: The execution status remains Running until you manually stop the scheduled command.\n  - One-time execution: The overall execution status is Running if the command process is running on any instance.\n- Finished:\n  - Scheduled execution: The command process cannot have a status of Finished.\n  - One-time execution: All instances have completed execution, or the command process was manually stopped on some instances while the remaining instances completed execution.\n- Failed:\n  - Scheduled execution: The command process cannot have a status of Failed.\n  - One-time execution: All instances failed to execute the command.\n- Stopped: The command was stopped.\n- Stopping: The command is being stopped.\n- PartialFailed: Partial failure. This value does not take effect if the InstanceId parameter is also specified.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The custom parameters in the command."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RepeatMode",
            flag: "repeat-mode",
            kind: sdk_shape::Kind::Enum(&crate::types::repeat_mode::SHAPE),
            description: sdk_shape::Text::en(
                "The execution mode of the command. Valid values:\n\n- Once: Immediately executes the command.\n- Period: Executes the command on a schedule.\n- NextRebootOnly: Automatically executes the command the next time the instance starts.\n- EveryReboot: Automatically executes the command every time the instance starts.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The timeout period for the command execution. Unit: seconds.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The username used to execute the command.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDir",
            flag: "working-dir",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The working directory of the command on the instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
