// @generated from spec/eflo-controller/2022-12-15/types/InvokeNode.json by `cargo xtask codegen`; do not edit.
//! The `InvokeNode` data type.

/// The command execution record on a node.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvokeNode {
    /// The start time of the command execution. The time is displayed in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The length of the truncated and discarded text after the text length in the Output field exceeds 24 KB.
    ///
    /// Wire name: `Dropped`.
    #[serde(rename = "Dropped", default, skip_serializing_if = "Option::is_none")]
    pub dropped: Option<i64>,
    /// The error code for the file delivery failure. Valid values:
    ///
    /// - Empty: The file was delivered normally.
    /// - NodeNotExists: The specified instance does not exist or has been released.
    /// - NodeReleased: The instance was released during file delivery.
    /// - NodeNotRunning: The instance was not running when the file delivery task was created.
    /// - AccountNotExists: The specified account does not exist.
    /// - ClientNotRunning: The Cloud Assistant Agent is not running.
    /// - ClientNotResponse: The Cloud Assistant Agent is not responding.
    /// - ClientIsUpgrading: The Cloud Assistant Agent is being upgraded.
    /// - ClientNeedUpgrade: The Cloud Assistant Agent needs to be upgraded.
    /// - DeliveryTimeout: The file delivery timed out.
    /// - FileCreateFail: The file creation failed.
    /// - FileAlreadyExists: A file with the same name already exists in the same path.
    /// - FileContentInvalid: The file content is invalid.
    /// - FileNameInvalid: The file name is invalid.
    /// - FilePathInvalid: The file path is invalid.
    /// - FileAuthorityInvalid: The file permissions are invalid.
    /// - UserGroupNotExists: The user group specified during file delivery does not exist.
    ///
    /// Wire name: `ErrorCode`.
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<crate::types::NodeErrorCode>,
    /// The details of the command delivery failure or execution failure. Valid values:
    ///
    /// - Empty: The command executed normally.
    /// - the specified node does not exists: The specified instance does not exist or has been released.
    /// - the node has node when create task: The instance was released during command execution.
    /// - the node is not running when create task: The instance was not running when the command was executed.
    /// - the command is not applicable: The command is not applicable to the specified instance.
    /// - the specified account does not exists: The specified account does not exist.
    /// - the specified directory does not exists: The specified directory does not exist.
    /// - the cron job expression is invalid: The specified execution schedule expression is invalid.
    /// - the aliyun service is not running on the instance: The Cloud Assistant Agent is not running.
    /// - the aliyun service in the instance does not response: The Cloud Assistant Agent is not responding.
    /// - the aliyun service in the node is upgrading now: The Cloud Assistant Agent is being upgraded.
    /// - the aliyun service in the node need upgrade: The Cloud Assistant Agent needs to be upgraded.
    /// - the command delivery has been timeout: The command delivery timed out.
    /// - the command execution has been timeout: The command execution timed out.
    /// - the command execution got an exception: An exception occurred during command execution.
    /// - the command execution has been interrupted: The command execution was interrupted.
    /// - the command execution exit code is not zero: The command execution completed with a non-zero exit code.
    /// - the specified node has been released: The instance was released during file delivery.
    ///
    /// Wire name: `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// The exit code of the command process. Valid values:
    ///
    /// - For Linux instances, the value is the exit code of the Shell process.
    /// - For Windows instances, the value is the exit code of the Bat or PowerShell process.
    ///
    /// Wire name: `ExitCode`.
    #[serde(rename = "ExitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i64>,
    /// The completion time. The time is displayed in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `FinishTime`.
    #[serde(rename = "FinishTime", default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
    /// The command execution status on a single instance. Valid values:
    ///
    /// - Pending: The system is validating or sending the command.
    /// - Invalid: The specified command type or parameters are invalid.
    /// - Aborted: Failed to send the command to the instance. The instance must be running, and the command must be deliverable within one minute.
    /// - Running: The command is running on the instance.
    /// - Success:
    ///   - One-time command: The command execution is complete and the exit code is 0.
    ///   - Scheduled command: The last execution was successful with an exit code of 0, and the specified schedule has ended.
    /// - Failed:
    ///   - One-time command: The command execution is complete and the exit code is non-zero.
    ///   - Scheduled command: The last execution was successful with a non-zero exit code, and the specified schedule will be aborted.
    /// - Error: An exception occurred during command execution and the command cannot continue.
    /// - Timeout: The command execution timed out.
    /// - Cancelled: The command execution action was canceled and the command was never started.
    /// - Stopping: The task is being stopped.
    /// - Terminated: The command was terminated during execution.
    /// - Scheduled:
    ///   - One-time command: Not applicable. This status does not occur.
    ///   - Scheduled command: Waiting to run.
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<crate::types::NodeInvocationStatus>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The command execution status on a single instance.
    ///
    /// Wire name: `NodeInvokeStatus`.
    #[serde(
        rename = "NodeInvokeStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_invoke_status: Option<String>,
    /// The command output.
    ///
    /// - If [ContentEncoding](crate::types::ContentEncoding) is set to PlainText, the original output is returned.
    /// - If [ContentEncoding](crate::types::ContentEncoding) is set to Base64, the Base64-encoded output is returned.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Output`.
    #[serde(rename = "Output", default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// The number of times the command was executed on the instance.
    ///
    /// - If the execution mode is one-time execution, the value is 0 or 1.
    /// - If the execution mode is scheduled execution, the value is the number of times the command has been executed.
    ///
    /// Wire name: `Repeats`.
    #[serde(rename = "Repeats", default, skip_serializing_if = "Option::is_none")]
    pub repeats: Option<i64>,
    /// The start time. The time is displayed in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The time when [StopInvocation](crate::actions::stop_invocation::StopInvocation) was called to stop the command execution. The time is displayed in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `StopTime`.
    #[serde(rename = "StopTime", default, skip_serializing_if = "Option::is_none")]
    pub stop_time: Option<String>,
    /// Indicates whether the queried command will be automatically executed in the future. Valid values:
    ///
    /// - true: The command was executed by calling [RunCommand](crate::actions::run_command::RunCommand) or InvokeCommand with the [RepeatMode](crate::types::RepeatMode) parameter set to Period, NextRebootOnly, or EveryReboot.
    /// - false (default): The queried command is in one of the following states:
    ///   - The command was executed by calling [RunCommand](crate::actions::run_command::RunCommand) or InvokeCommand with the [RepeatMode](crate::types::RepeatMode) parameter set to Once.
    ///   - The command has been canceled, stopped, or has completed execution.
    ///
    /// Wire name: `Timed`.
    #[serde(rename = "Timed", default, skip_serializing_if = "Option::is_none")]
    pub timed: Option<String>,
    /// The update time. The time is displayed in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

impl InvokeNode {
    /// The start time of the command execution. The time is displayed in ISO 8601 format. Z in the example indicates UTC (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The length of the truncated and discarded text after the text length in the Output field exceeds 24 KB (`Dropped`).
    pub fn dropped(&self) -> Option<i64> {
        self.dropped
    }

    /// The error code for the file delivery failure. Valid values: (`ErrorCode`).
    pub fn error_code(&self) -> Option<&crate::types::NodeErrorCode> {
        self.error_code.as_ref()
    }

    /// The details of the command delivery failure or execution failure. Valid values: (`ErrorInfo`).
    pub fn error_info(&self) -> Option<&str> {
        self.error_info.as_deref()
    }

    /// The exit code of the command process. Valid values: (`ExitCode`).
    pub fn exit_code(&self) -> Option<i64> {
        self.exit_code
    }

    /// The completion time. The time is displayed in ISO 8601 format. Z in the example indicates UTC (`FinishTime`).
    pub fn finish_time(&self) -> Option<&str> {
        self.finish_time.as_deref()
    }

    /// The command execution status on a single instance. Valid values: (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&crate::types::NodeInvocationStatus> {
        self.invocation_status.as_ref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The command execution status on a single instance (`NodeInvokeStatus`).
    pub fn node_invoke_status(&self) -> Option<&str> {
        self.node_invoke_status.as_deref()
    }

    /// The command output (`Output`).
    pub fn output(&self) -> Option<&str> {
        self.output.as_deref()
    }

    /// `Output` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn output_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.output.as_deref()?))
    }

    /// The number of times the command was executed on the instance (`Repeats`).
    pub fn repeats(&self) -> Option<i64> {
        self.repeats
    }

    /// The start time. The time is displayed in ISO 8601 format. Z in the example indicates UTC (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The time when [StopInvocation](crate::actions::stop_invocation::StopInvocation) was called to stop the command execution. The time is displayed in ISO 8601 format. Z in the example indicates UTC (`StopTime`).
    pub fn stop_time(&self) -> Option<&str> {
        self.stop_time.as_deref()
    }

    /// Indicates whether the queried command will be automatically executed in the future. Valid values: (`Timed`).
    pub fn timed(&self) -> Option<&str> {
        self.timed.as_deref()
    }

    /// The update time. The time is displayed in ISO 8601 format. Z in the example indicates UTC (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }
}

impl InvokeNode {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvokeNode",
    description: sdk_shape::Text::en("The command execution record on a node."),
    members: &[
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the command execution. The time is displayed in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Dropped",
            flag: "dropped",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The length of the truncated and discarded text after the text length in the Output field exceeds 24 KB.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorCode",
            flag: "error-code",
            kind: sdk_shape::Kind::Enum(&crate::types::node_error_code::SHAPE),
            description: sdk_shape::Text::en(
                "The error code for the file delivery failure. Valid values:\n\n- Empty: The file was delivered normally.\n- NodeNotExists: The specified instance does not exist or has been released.\n- NodeReleased: The instance was released during file delivery.\n- NodeNotRunning: The instance was not running when the file delivery task was created.\n- AccountNotExists: The specified account does not exist.\n- ClientNotRunning: The Cloud Assistant Agent is not running.\n- ClientNotResponse: The Cloud Assistant Agent is not responding.\n- ClientIsUpgrading: The Cloud Assistant Agent is being upgraded.\n- ClientNeedUpgrade: The Cloud Assistant Agent needs to be upgraded.\n- DeliveryTimeout: The file delivery timed out.\n- FileCreateFail: The file creation failed.\n- FileAlreadyExists: A file with the same name already exists in the same path.\n- FileContentInvalid: The file content is invalid.\n- FileNameInvalid: The file name is invalid.\n- FilePathInvalid: The file path is invalid.\n- FileAuthorityInvalid: The file permissions are invalid.\n- UserGroupNotExists: The user group specified during file delivery does not exist.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorInfo",
            flag: "error-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The details of the command delivery failure or execution failure. Valid values:\n\n- Empty: The command executed normally.\n- the specified node does not exists: The specified instance does not exist or has been released.\n- the node has node when create task: The instance was released during command execution.\n- the node is not running when create task: The instance was not running when the command was executed.\n- the command is not applicable: The command is not applicable to the specified instance.\n- the specified account does not exists: The specified account does not exist.\n- the specified directory does not exists: The specified directory does not exist.\n- the cron job expression is invalid: The specified execution schedule expression is invalid.\n- the aliyun service is not running on the instance: The Cloud Assistant Agent is not running.\n- the aliyun service in the instance does not response: The Cloud Assistant Agent is not responding.\n- the aliyun service in the node is upgrading now: The Cloud Assistant Agent is being upgraded.\n- the aliyun service in the node need upgrade: The Cloud Assistant Agent needs to be upgraded.\n- the command delivery has been timeout: The command delivery timed out.\n- the command execution has been timeout: The command execution timed out.\n- the command execution got an exception: An exception occurred during command execution.\n- the command execution has been interrupted: The command execution was interrupted.\n- the command execution exit code is not zero: The command execution completed with a non-zero exit code.\n- the specified node has been released: The instance was released during file delivery.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ExitCode",
            flag: "exit-code",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The exit code of the command process. Valid values:\n\n- For Linux instances, the value is the exit code of the Shell process.\n- For Windows instances, the value is the exit code of the Bat or PowerShell process.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishTime",
            flag: "finish-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The completion time. The time is displayed in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::Enum(&crate::types::node_invocation_status::SHAPE),
            description: sdk_shape::Text::en(
                "The command execution status on a single instance. Valid values:\n\n- Pending: The system is validating or sending the command.\n- Invalid: The specified command type or parameters are invalid.\n- Aborted: Failed to send the command to the instance. The instance must be running, and the command must be deliverable within one minute.\n- Running: The command is running on the instance.\n- Success:\n  - One-time command: The command execution is complete and the exit code is 0.\n  - Scheduled command: The last execution was successful with an exit code of 0, and the specified schedule has ended.\n- Failed:\n  - One-time command: The command execution is complete and the exit code is non-zero.\n  - Scheduled command: The last execution was successful with a non-zero exit code, and the specified schedule will be aborted.\n- Error: An exception occurred during command execution and the command cannot continue.\n- Timeout: The command execution timed out.\n- Cancelled: The command execution action was canceled and the command was never started.\n- Stopping: The task is being stopped.\n- Terminated: The command was terminated during execution.\n- Scheduled:\n  - One-time command: Not applicable. This status does not occur.\n  - Scheduled command: Waiting to run.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeInvokeStatus",
            flag: "node-invoke-status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The command execution status on a single instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Output",
            flag: "output",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The command output.\n\n- If ContentEncoding is set to PlainText, the original output is returned.\n- If ContentEncoding is set to Base64, the Base64-encoded output is returned.",
            ),
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Repeats",
            flag: "repeats",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of times the command was executed on the instance.\n\n- If the execution mode is one-time execution, the value is 0 or 1.\n- If the execution mode is scheduled execution, the value is the number of times the command has been executed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. The time is displayed in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StopTime",
            flag: "stop-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when StopInvocation was called to stop the command execution. The time is displayed in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timed",
            flag: "timed",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Indicates whether the queried command will be automatically executed in the future. Valid values:\n\n- true: The command was executed by calling RunCommand or InvokeCommand with the RepeatMode parameter set to Period, NextRebootOnly, or EveryReboot.\n- false (default): The queried command is in one of the following states:\n  - The command was executed by calling RunCommand or InvokeCommand with the RepeatMode parameter set to Once.\n  - The command has been canceled, stopped, or has completed execution.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdateTime",
            flag: "update-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The update time. The time is displayed in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
