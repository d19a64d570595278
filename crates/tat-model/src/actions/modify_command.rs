// @generated from spec/tat/2020-10-28/actions/ModifyCommand.json by `cargo xtask codegen`; do not edit.
//! The `ModifyCommand` action: This API is used to modify a command

/// This API is used to modify a command.
///
/// Marker type tying the request and response of `ModifyCommand` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ModifyCommand;

impl sdk_shape::Action for ModifyCommand {
    type Request = ModifyCommandRequest;
    type Response = ModifyCommandResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ModifyCommand`: This API is used to modify a command.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyCommandRequest {
    /// Command ID. call the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.
    ///
    /// Required.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Command name. name only supports chinese, english, digits, underscore, separator "-", and decimal point. the maximum length cannot exceed 60 bytes.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// Command description. no more than 120 characters.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The Base64-encoded command content, length cannot exceed 64KB.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `Content`.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Command type. currently supports SHELL, POWERSHELL, BAT.
    ///
    /// Wire name: `CommandType`.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: Option<crate::types::CommandType>,
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
    /// value range: \[1, 86400\].
    ///
    /// unit: seconds.
    ///
    /// default value: 60.
    ///
    /// when specifying the OutputCOSBucketUrl parameter, the timeout period includes the time taken to upload command output to COS.
    ///
    /// Default: `60`. Minimum: 1. Maximum: 86400.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// The default value of custom parameters when the custom parameter feature is enabled. the field type is a json-encoded string, for example: {"varA": "222"}.\
    /// parameters must not be specified simultaneously for `DefaultParameters` and `DefaultParameterConfs`.\
    /// a comprehensive modification is applied, meaning all new default values must be provided when modifying.\
    /// this parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings of the command through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\
    /// the key is the custom parameter name, and the value is the default value of this parameter. both key and value are string-type.\
    /// there is an upper limit of 20 custom parameters.\
    /// custom parameter names must meet the following requirements: the upper limit of character quantity is 64, and the optional range is \[a-zA-Z0-9-\_\].
    ///
    /// Wire name: `DefaultParameters`.
    #[serde(
        rename = "DefaultParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameters: Option<String>,
    /// Custom parameter array. if no parameter value is provided when invoking the command, the default value here will be used to replace it.\
    /// parameters do not support specifying both `DefaultParameters` and `DefaultParameterConfs`.\
    /// this parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\
    /// up to 20 custom parameters are allowed.
    ///
    /// At most 20 items.
    ///
    /// Wire name: `DefaultParameterConfs`.
    #[serde(
        rename = "DefaultParameterConfs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameter_confs: Option<Vec<crate::types::DefaultParameterConf>>,
    /// The username to run commands in a CVM or Lighthouse instance.\
    /// using minimum permission to execute commands is the best practice for permission management. we recommend running cloud assistant commands as a regular user identity.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Specifies the cos bucket address for the uploaded log, which must start with https, such as <https://BucketName-123454321.cos.ap-beijing.myqcloud.com>.
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// Specify the directory for logs in the cos bucket. the directory naming has the following rules:
    ///
    /// 1. use a combination of numbers, chinese and english, and visible characters, with a maximum length of 60.
    /// 2. use / to split the path and quickly create subdirectories.
    /// 3. consecutive / are not allowed; cannot start with /; cannot use .. as the folder name.
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

/// Response of `ModifyCommand`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ModifyCommandResponse {
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ModifyCommandResponse {
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ModifyCommand",
    command: "modify-command",
    description: "This API is used to modify a command.",
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: "Command ID. call the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.",
            required: true,
            example: Some("\"cmd-7efujjs6\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: "Command name. name only supports chinese, english, digits, underscore, separator \"-\", and decimal point. the maximum length cannot exceed 60 bytes.",
            example: Some("\"tat-command\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: "Command description. no more than 120 characters.",
            example: Some("\"this is a command\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: "The Base64-encoded command content, length cannot exceed 64KB.",
            base64: true,
            example: Some("\"cHdk\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandType",
            flag: "command-type",
            kind: sdk_shape::Kind::Enum(&crate::types::command_type::SHAPE),
            description: "Command type. currently supports SHELL, POWERSHELL, BAT.",
            example: Some("\"SHELL\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: "Command execution path.",
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: "Command timeout time.\n\nvalue range: \\[1, 86400\\].\n\nunit: seconds.\n\ndefault value: 60.\n\nwhen specifying the OutputCOSBucketUrl parameter, the timeout period includes the time taken to upload command output to COS.",
            default: Some("60"),
            example: Some("60"),
            minimum: Some(1i64),
            maximum: Some(86400i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameters",
            flag: "default-parameters",
            kind: sdk_shape::Kind::String,
            description: "The default value of custom parameters when the custom parameter feature is enabled. the field type is a json-encoded string, for example: {\"varA\": \"222\"}.\\\nparameters must not be specified simultaneously for `DefaultParameters` and `DefaultParameterConfs`.\\\na comprehensive modification is applied, meaning all new default values must be provided when modifying.\\\nthis parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings of the command through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\\\nthe key is the custom parameter name, and the value is the default value of this parameter. both key and value are string-type.\\\nthere is an upper limit of 20 custom parameters.\\\ncustom parameter names must meet the following requirements: the upper limit of character quantity is 64, and the optional range is \\[a-zA-Z0-9-\\_\\].",
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameterConfs",
            flag: "default-parameter-confs",
            kind: sdk_shape::Kind::Struct(&crate::types::default_parameter_conf::SHAPE),
            description: "Custom parameter array. if no parameter value is provided when invoking the command, the default value here will be used to replace it.\\\nparameters do not support specifying both `DefaultParameters` and `DefaultParameterConfs`.\\\nthis parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\\\nup to 20 custom parameters are allowed.",
            list: true,
            max_items: Some(20u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: "The username to run commands in a CVM or Lighthouse instance.\\\nusing minimum permission to execute commands is the best practice for permission management. we recommend running cloud assistant commands as a regular user identity.",
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            description: "Specifies the cos bucket address for the uploaded log, which must start with https, such as https://BucketName-123454321.cos.ap-beijing.myqcloud.com.",
            example: Some(
                "\"https://BucketName-123454321.cos.ap-beijing.myqcloud.com\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            description: "Specify the directory for logs in the cos bucket. the directory naming has the following rules:\n\n1. use a combination of numbers, chinese and english, and visible characters, with a maximum length of 60.\n2. use / to split the path and quickly create subdirectories.\n3. consecutive / are not allowed; cannot start with /; cannot use .. as the folder name.",
            example: Some("\"aa/bb/cc\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: "The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.",
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[
        sdk_shape::ExampleShape {
            title: "Modify Command",
            description: "",
            request: "{\n  \"CommandName\": \"second-command\",\n  \"Description\": \"hello world!\",\n  \"Content\": \"cHM=\",\n  \"CommandType\": \"SHELL\",\n  \"WorkingDirectory\": \"/root\",\n  \"Timeout\": 600,\n  \"CommandId\": \"cmd-63usjhmq\"\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"9bea970a-0bab-495f-b0dd-de5eedfdf611\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
