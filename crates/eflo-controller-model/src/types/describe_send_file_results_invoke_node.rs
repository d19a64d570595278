// @generated from spec/eflo-controller/2022-12-15/types/DescribeSendFileResultsInvokeNode.json by `cargo xtask codegen`; do not edit.
//! The `DescribeSendFileResultsInvokeNode` data type.

/// The file sending record of a node.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeSendFileResultsInvokeNode {
    /// The time when the file sending task was created. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The error code for the file sending failure. Valid values:
    ///
    /// - Empty: File sending was normal.
    /// - NodeNotExists: The specified instance does not exist or has been released.
    /// - NodeReleased: The instance was released during file sending.
    /// - NodeNotRunning: The instance was not running when the file sending task was created.
    /// - AccountNotExists: The specified account does not exist.
    /// - ClientNotRunning: Cloud Assistant Agent is not running.
    /// - ClientNotResponse: Cloud Assistant Agent is not responding.
    /// - ClientIsUpgrading: Cloud Assistant Agent is being upgraded.
    /// - ClientNeedUpgrade: Cloud Assistant Agent needs to be upgraded.
    /// - DeliveryTimeout: File sending timed out.
    /// - FileCreateFail: File creation failed.
    /// - FileAlreadyExists: A file with the same name already exists in the same path.
    /// - FileContentInvalid: The file content is invalid.
    /// - FileNameInvalid: The file name is invalid.
    /// - FilePathInvalid: The file path is invalid.
    /// - FileAuthorityInvalid: The file permissions are invalid.
    /// - UserGroupNotExists: The user group specified during file sending does not exist.
    ///
    /// Wire name: `ErrorCode`.
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The details of the reason why the command failed to be sent or executed. Valid values:
    ///
    /// - Empty: The command was executed normally.
    /// - the specified instance does not exists: The specified instance does not exist or has been released.
    /// - the node has released when create task: The instance was released during command execution.
    /// - the node is not running when create task: The instance was not running when the command was executed.
    /// - the command is not applicable: The command is not applicable to the specified instance.
    /// - the specified account does not exists: The specified account does not exist.
    /// - the specified directory does not exists: The specified directory does not exist.
    /// - the cron job expression is invalid: The specified execution time expression is invalid.
    /// - the aliyun service is not running on the instance: Cloud Assistant Agent is not running.
    /// - the aliyun service in the instance does not response: Cloud Assistant Agent is not responding.
    /// - the aliyun service in the node is upgrading now: Cloud Assistant Agent is being upgraded.
    /// - the aliyun service in the node need upgrade: Cloud Assistant Agent needs to be upgraded.
    /// - the command delivery has been timeout: Sending the command timed out.
    /// - the command execution has been timeout: Command execution timed out.
    /// - the command execution got an exception: An exception occurred during command execution.
    /// - the command execution has been interrupted: Command execution was interrupted.
    /// - the command execution exit code is not zero: Command execution ended with a non-zero exit code.
    /// - the specified instance has been released: The instance was released during file sending.
    ///
    /// Wire name: `ErrorInfo`.
    #[serde(rename = "ErrorInfo", default, skip_serializing_if = "Option::is_none")]
    pub error_info: Option<String>,
    /// The end time, in the format: "2020-05-22T17:04:18".
    ///
    /// Wire name: `FinishTime`.
    #[serde(rename = "FinishTime", default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
    /// The file sending status on a single instance. Valid values:
    ///
    /// - Pending: The system is validating or sending the file.
    /// - Invalid: The specified file parameters are invalid and validation failed.
    /// - Running: The file is being sent on the instance.
    /// - Aborted: Failed to send the file to the instance.
    /// - Success: File sending completed.
    /// - Failed: Failed to create the file on the instance.
    /// - Error: An exception occurred during file sending and the operation cannot continue.
    /// - Timeout: File sending timed out.
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The start time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The update time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

impl DescribeSendFileResultsInvokeNode {
    /// The time when the file sending task was created. The time is in ISO 8601 format. Z in the example indicates UTC (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The error code for the file sending failure. Valid values: (`ErrorCode`).
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// The details of the reason why the command failed to be sent or executed. Valid values: (`ErrorInfo`).
    pub fn error_info(&self) -> Option<&str> {
        self.error_info.as_deref()
    }

    /// The end time, in the format: "2020-05-22T17:04:18" (`FinishTime`).
    pub fn finish_time(&self) -> Option<&str> {
        self.finish_time.as_deref()
    }

    /// The file sending status on a single instance. Valid values: (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&str> {
        self.invocation_status.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The start time. The time is in ISO 8601 format. Z in the example indicates UTC (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The update time. The time is in ISO 8601 format. Z in the example indicates UTC (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }
}

impl DescribeSendFileResultsInvokeNode {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeSendFileResultsInvokeNode",
    description: sdk_shape::Text::en("The file sending record of a node."),
    members: &[
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the file sending task was created. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorCode",
            flag: "error-code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The error code for the file sending failure. Valid values:\n\n- Empty: File sending was normal.\n- NodeNotExists: The specified instance does not exist or has been released.\n- NodeReleased: The instance was released during file sending.\n- NodeNotRunning: The instance was not running when the file sending task was created.\n- AccountNotExists: The specified account does not exist.\n- ClientNotRunning: Cloud Assistant Agent is not running.\n- ClientNotResponse: Cloud Assistant Agent is not responding.\n- ClientIsUpgrading: Cloud Assistant Agent is being upgraded.\n- ClientNeedUpgrade: Cloud Assistant Agent needs to be upgraded.\n- DeliveryTimeout: File sending timed out.\n- FileCreateFail: File creation failed.\n- FileAlreadyExists: A file with the same name already exists in the same path.\n- FileContentInvalid: The file content is invalid.\n- FileNameInvalid: The file name is invalid.\n- FilePathInvalid: The file path is invalid.\n- FileAuthorityInvalid: The file permissions are invalid.\n- UserGroupNotExists: The user group specified during file sending does not exist.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorInfo",
            flag: "error-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The details of the reason why the command failed to be sent or executed. Valid values:\n\n- Empty: The command was executed normally.\n- the specified instance does not exists: The specified instance does not exist or has been released.\n- the node has released when create task: The instance was released during command execution.\n- the node is not running when create task: The instance was not running when the command was executed.\n- the command is not applicable: The command is not applicable to the specified instance.\n- the specified account does not exists: The specified account does not exist.\n- the specified directory does not exists: The specified directory does not exist.\n- the cron job expression is invalid: The specified execution time expression is invalid.\n- the aliyun service is not running on the instance: Cloud Assistant Agent is not running.\n- the aliyun service in the instance does not response: Cloud Assistant Agent is not responding.\n- the aliyun service in the node is upgrading now: Cloud Assistant Agent is being upgraded.\n- the aliyun service in the node need upgrade: Cloud Assistant Agent needs to be upgraded.\n- the command delivery has been timeout: Sending the command timed out.\n- the command execution has been timeout: Command execution timed out.\n- the command execution got an exception: An exception occurred during command execution.\n- the command execution has been interrupted: Command execution was interrupted.\n- the command execution exit code is not zero: Command execution ended with a non-zero exit code.\n- the specified instance has been released: The instance was released during file sending.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishTime",
            flag: "finish-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time, in the format: \"2020-05-22T17:04:18\".",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The file sending status on a single instance. Valid values:\n\n- Pending: The system is validating or sending the file.\n- Invalid: The specified file parameters are invalid and validation failed.\n- Running: The file is being sent on the instance.\n- Aborted: Failed to send the file to the instance.\n- Success: File sending completed.\n- Failed: Failed to create the file on the instance.\n- Error: An exception occurred during file sending and the operation cannot continue.\n- Timeout: File sending timed out.",
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
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdateTime",
            flag: "update-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The update time. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
