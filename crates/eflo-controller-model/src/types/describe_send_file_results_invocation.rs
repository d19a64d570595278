// @generated from spec/eflo-controller/2022-12-15/types/DescribeSendFileResultsInvocation.json by `cargo xtask codegen`; do not edit.
//! The `DescribeSendFileResultsInvocation` data type.

/// The command execution ID.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeSendFileResultsInvocation {
    /// The output information after command execution.
    ///
    /// If [ContentEncoding](crate::types::ContentEncoding) is set to PlainText, the original output information is returned.
    /// If [ContentEncoding](crate::types::ContentEncoding) is set to Base64, the Base64-encoded output information is returned.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Content`.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The file content type. Valid values:
    ///
    /// - PlainText: Plain text.
    /// - Base64: Base64 encoding.
    ///
    /// Default value: PlainText.
    ///
    /// Default: `"PlainText"`.
    ///
    /// Wire name: `ContentType`.
    #[serde(rename = "ContentType", default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The time when the sending task was created. The time is in ISO 8601 format and includes the time zone offset.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The command description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The user group of the file.
    ///
    /// Wire name: `FileGroup`.
    #[serde(rename = "FileGroup", default, skip_serializing_if = "Option::is_none")]
    pub file_group: Option<String>,
    /// The permissions of the file.
    ///
    /// Wire name: `FileMode`.
    #[serde(rename = "FileMode", default, skip_serializing_if = "Option::is_none")]
    pub file_mode: Option<String>,
    /// The user of the file.
    ///
    /// Wire name: `FileOwner`.
    #[serde(rename = "FileOwner", default, skip_serializing_if = "Option::is_none")]
    pub file_owner: Option<String>,
    /// The overall sending status of the file. The overall status depends on the combined execution status of all instances in this sending operation. Valid values:
    ///
    /// - Pending: The system is validating or sending the file. If the file sending status of at least one instance is Pending, the overall status is Pending.
    /// - Running: The file is being sent on the instance. If the file sending status of at least one instance is Running, the overall status is Running.
    /// - Success: If the file sending status on all instances is Success, the overall status is Success.
    /// - Failed: If the file sending status on all instances is Failed, the overall status is Failed. The return value is Failed when one or more of the following statuses occur on an instance:
    ///   - The specified file parameters are invalid and validation failed (Invalid).
    ///   - Failed to send the file to the instance (Aborted).
    ///   - Failed to create the file on the instance (Failed).
    ///   - File sending timed out (Timeout).
    ///   - An exception occurred during file sending and the operation cannot continue (Error).
    /// - PartialFailed: File sending succeeded on some instances but failed on others. If the file sending status on all instances is either Success or Failed, the overall status is PartialFailed.
    ///
    /// Wire name: `InvocationStatus`.
    #[serde(
        rename = "InvocationStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_status: Option<String>,
    /// The file sending records.
    ///
    /// Wire name: `InvokeNodes`.
    #[serde(rename = "InvokeNodes", default, skip_serializing_if = "Option::is_none")]
    pub invoke_nodes: Option<crate::types::DescribeSendFileResultsInvokeNodes>,
    /// The file sending name.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The number of nodes.
    ///
    /// Wire name: `NodeCount`.
    #[serde(rename = "NodeCount", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<i64>,
    /// Specifies whether to overwrite the file if a file with the same name already exists in the target directory. Valid values:
    ///
    /// - true: Overwrite the file.
    /// - false: Do not overwrite the file.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `Overwrite`.
    #[serde(rename = "Overwrite", default, skip_serializing_if = "Option::is_none")]
    pub overwrite: Option<bool>,
    /// The target path.
    ///
    /// Wire name: `TargetDir`.
    #[serde(rename = "TargetDir", default, skip_serializing_if = "Option::is_none")]
    pub target_dir: Option<String>,
}

impl DescribeSendFileResultsInvocation {
    /// The output information after command execution (`Content`).
    pub fn content(&self) -> Option<&str> {
        self.content.as_deref()
    }

    /// `Content` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn content_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(base64::engine::general_purpose::STANDARD.decode(self.content.as_deref()?))
    }

    /// The file content type. Valid values: (`ContentType`).
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The time when the sending task was created. The time is in ISO 8601 format and includes the time zone offset (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The command description (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The user group of the file (`FileGroup`).
    pub fn file_group(&self) -> Option<&str> {
        self.file_group.as_deref()
    }

    /// The permissions of the file (`FileMode`).
    pub fn file_mode(&self) -> Option<&str> {
        self.file_mode.as_deref()
    }

    /// The user of the file (`FileOwner`).
    pub fn file_owner(&self) -> Option<&str> {
        self.file_owner.as_deref()
    }

    /// The overall sending status of the file. The overall status depends on the combined execution status of all instances in this sending operation. Valid values: (`InvocationStatus`).
    pub fn invocation_status(&self) -> Option<&str> {
        self.invocation_status.as_deref()
    }

    /// The file sending records (`InvokeNodes`).
    pub fn invoke_nodes(
        &self,
    ) -> Option<&crate::types::DescribeSendFileResultsInvokeNodes> {
        self.invoke_nodes.as_ref()
    }

    /// The file sending name (`Name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<i64> {
        self.node_count
    }

    /// Specifies whether to overwrite the file if a file with the same name already exists in the target directory. Valid values: (`Overwrite`).
    pub fn overwrite(&self) -> Option<bool> {
        self.overwrite
    }

    /// The target path (`TargetDir`).
    pub fn target_dir(&self) -> Option<&str> {
        self.target_dir.as_deref()
    }
}

impl DescribeSendFileResultsInvocation {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeSendFileResultsInvocation",
    description: sdk_shape::Text::en("The command execution ID."),
    members: &[
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The output information after command execution.\n\nIf ContentEncoding is set to PlainText, the original output information is returned.\nIf ContentEncoding is set to Base64, the Base64-encoded output information is returned.",
            ),
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ContentType",
            flag: "content-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The file content type. Valid values:\n\n- PlainText: Plain text.\n- Base64: Base64 encoding.\n\nDefault value: PlainText.",
            ),
            default: Some("\"PlainText\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the sending task was created. The time is in ISO 8601 format and includes the time zone offset.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileGroup",
            flag: "file-group",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The user group of the file."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileMode",
            flag: "file-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The permissions of the file."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileOwner",
            flag: "file-owner",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The user of the file."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationStatus",
            flag: "invocation-status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The overall sending status of the file. The overall status depends on the combined execution status of all instances in this sending operation. Valid values:\n\n- Pending: The system is validating or sending the file. If the file sending status of at least one instance is Pending, the overall status is Pending.\n- Running: The file is being sent on the instance. If the file sending status of at least one instance is Running, the overall status is Running.\n- Success: If the file sending status on all instances is Success, the overall status is Success.\n- Failed: If the file sending status on all instances is Failed, the overall status is Failed. The return value is Failed when one or more of the following statuses occur on an instance:\n  - The specified file parameters are invalid and validation failed (Invalid).\n  - Failed to send the file to the instance (Aborted).\n  - Failed to create the file on the instance (Failed).\n  - File sending timed out (Timeout).\n  - An exception occurred during file sending and the operation cannot continue (Error).\n- PartialFailed: File sending succeeded on some instances but failed on others. If the file sending status on all instances is either Success or Failed, the overall status is PartialFailed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeNodes",
            flag: "invoke-nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_send_file_results_invoke_nodes::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The file sending records."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The file sending name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeCount",
            flag: "node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Overwrite",
            flag: "overwrite",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to overwrite the file if a file with the same name already exists in the target directory. Valid values:\n\n- true: Overwrite the file.\n- false: Do not overwrite the file.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TargetDir",
            flag: "target-dir",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The target path."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
