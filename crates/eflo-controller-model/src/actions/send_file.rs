// @generated from spec/eflo-controller/2022-12-15/actions/SendFile.json by `cargo xtask codegen`; do not edit.
//! The `SendFile` action:

/// Marker type tying the request and response of `SendFile` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SendFile;

impl sdk_shape::Action for SendFile {
    type Request = SendFileRequest;
    type Response = SendFileResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `SendFile`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct SendFileRequest {
    /// The content of the file. The file must not exceed 32 KB in size after it is encoded in Base64.
    ///
    /// - If `ContentType` is set to `PlainText`, the value of Content is in plaintext.
    /// - If `ContentType` is set to `Base64`, the value of Content is Base64-encoded.
    ///
    /// Required. Base64-encoded.
    ///
    /// Wire name: `Content`.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// The content type of the file. Valid values:
    ///
    /// PlainText Base64 Default value: PlainText.
    ///
    /// Default: `"PlainText"`.
    ///
    /// Wire name: `ContentType`.
    #[serde(rename = "ContentType", default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// The description of the file. The description can be up to 512 characters in length and can contain any characters.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The user group of the file. This parameter takes effect only on Linux instances. Default value: root. The value can be up to 64 characters in length.
    ///
    /// Note If you want to use a non-root user group, make sure that the user group exists in the instances.
    ///
    /// Default: `"root"`.
    ///
    /// Wire name: `FileGroup`.
    #[serde(rename = "FileGroup", default, skip_serializing_if = "Option::is_none")]
    pub file_group: Option<String>,
    /// The permissions on the file. This parameter takes effect only on Linux instances. You can configure this parameter in the same way as you configure the chmod command.
    ///
    /// Default value: 0644: the owner of the file has the read and write permission. The user group of the file and other users have read-only permission.
    ///
    /// Default: `"0644"`.
    ///
    /// Wire name: `FileMode`.
    #[serde(rename = "FileMode", default, skip_serializing_if = "Option::is_none")]
    pub file_mode: Option<String>,
    /// The owner of the file. This parameter takes effect only on Linux instances. Default value: root.
    ///
    /// Default: `"root"`.
    ///
    /// Wire name: `FileOwner`.
    #[serde(rename = "FileOwner", default, skip_serializing_if = "Option::is_none")]
    pub file_owner: Option<String>,
    /// The file name. The name can be up to 255 characters in length and can contain any characters.
    ///
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The node list.
    ///
    /// Required.
    ///
    /// Wire name: `NodeIdList`.
    #[serde(rename = "NodeIdList", default, skip_serializing_if = "Option::is_none")]
    pub node_id_list: Option<Vec<String>>,
    /// Specifies whether to overwrite file with the same name in the destination directory.
    ///
    /// - true
    /// - false
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `Overwrite`.
    #[serde(rename = "Overwrite", default, skip_serializing_if = "Option::is_none")]
    pub overwrite: Option<bool>,
    /// The directory in the Lingjun node to which the file is sent. If the specified directory does not exist, the system creates the directory automatically.
    ///
    /// Required.
    ///
    /// Wire name: `TargetDir`.
    #[serde(rename = "TargetDir", default, skip_serializing_if = "Option::is_none")]
    pub target_dir: Option<String>,
    /// The timeout period for the file sending task. Unit: seconds.
    ///
    /// - A timeout error occurs when a file cannot be sent because the process slows down or because a specific module or Cloud Assistant Agent does not exist.
    /// - If the specified timeout period is less than 10 seconds, the system sets the timeout period to 10 seconds to ensure that the file can be sent.
    ///
    /// Default value: 60.
    ///
    /// Default: `60`.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
}

/// Response of `SendFile`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SendFileResponse {
    /// The ID of the execution.
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl SendFileResponse {
    /// The ID of the execution (`InvokeId`).
    pub fn invoke_id(&self) -> Option<&str> {
        self.invoke_id.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "SendFile",
    command: "send-file",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The content of the file. The file must not exceed 32 KB in size after it is encoded in Base64.\n\n- If `ContentType` is set to `PlainText`, the value of Content is in plaintext.\n- If `ContentType` is set to `Base64`, the value of Content is Base64-encoded.",
            ),
            required: true,
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ContentType",
            flag: "content-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The content type of the file. Valid values:\n\nPlainText Base64 Default value: PlainText.",
            ),
            default: Some("\"PlainText\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The description of the file. The description can be up to 512 characters in length and can contain any characters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileGroup",
            flag: "file-group",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The user group of the file. This parameter takes effect only on Linux instances. Default value: root. The value can be up to 64 characters in length.\n\nNote If you want to use a non-root user group, make sure that the user group exists in the instances.",
            ),
            default: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileMode",
            flag: "file-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The permissions on the file. This parameter takes effect only on Linux instances. You can configure this parameter in the same way as you configure the chmod command.\n\nDefault value: 0644: the owner of the file has the read and write permission. The user group of the file and other users have read-only permission.",
            ),
            default: Some("\"0644\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileOwner",
            flag: "file-owner",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The owner of the file. This parameter takes effect only on Linux instances. Default value: root.",
            ),
            default: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The file name. The name can be up to 255 characters in length and can contain any characters.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIdList",
            flag: "node-id-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node list."),
            list: true,
            required: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Overwrite",
            flag: "overwrite",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to overwrite file with the same name in the destination directory.\n\n- true\n- false\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TargetDir",
            flag: "target-dir",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The directory in the Lingjun node to which the file is sent. If the specified directory does not exist, the system creates the directory automatically.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The timeout period for the file sending task. Unit: seconds.\n\n- A timeout error occurs when a file cannot be sent because the process slows down or because a specific module or Cloud Assistant Agent does not exist.\n- If the specified timeout period is less than 10 seconds, the system sets the timeout period to 10 seconds to ensure that the file can be sent.\n\nDefault value: 60.",
            ),
            default: Some("60"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the execution."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
