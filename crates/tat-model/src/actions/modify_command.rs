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
    description: sdk_shape::Text::both(
        "This API is used to modify a command.",
        "此接口用于修改命令。",
    ),
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command ID. call the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.",
                "命令ID。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取。",
            ),
            required: true,
            example: Some("\"cmd-7efujjs6\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command name. name only supports chinese, english, digits, underscore, separator \"-\", and decimal point. the maximum length cannot exceed 60 bytes.",
                "命令名称。名称仅支持中文、英文、数字、下划线、分隔符\"-\"、小数点，最大长度不能超60个字节。",
            ),
            example: Some("\"tat-command\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command description. no more than 120 characters.",
                "命令描述。不超过120字符。",
            ),
            example: Some("\"this is a command\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The Base64-encoded command content, length cannot exceed 64KB.",
                "命令脚本内容。 需 Base64 编码后传入。\n\n当 EnableParameter = true 时，支持两种动态参数占位符：\n\n- 普通参数 {{key}}：例如脚本 `echo {{word}}` 配合参数 `{\"word\": \"hello\"}`，实际执行 `echo hello`，执行记录显示 `{\"word\": \"hello\"}`。\n- 隐藏参数 {{tat-hidden:key}}：用于敏感信息脱敏。例如脚本 `echo {{tat-hidden:word}}` 配合参数 `{\"word\": \"hello\"}`（传参 Key 不带前缀），实际执行 `echo hello`，记录显示 `{\"word\": \"******\"}`。\n\n参数格式：Base64 编码字符串\n\n入参限制：Base64 编码后的字符串长度不能超过 64KB",
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
                "Command type. currently supports SHELL, POWERSHELL, BAT.",
                "命令类型，目前支持取值：SHELL、POWERSHELL、BAT。",
            ),
            example: Some("\"SHELL\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command execution path.",
                "命令执行路径。",
            ),
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Command timeout time.\n\nvalue range: \\[1, 86400\\].\n\nunit: seconds.\n\ndefault value: 60.\n\nwhen specifying the OutputCOSBucketUrl parameter, the timeout period includes the time taken to upload command output to COS.",
                "命令超时时间。\n\n取值范围：\\[1, 86400\\]\n\n单位：秒\n\n默认值：60\n\n指定 OutputCOSBucketUrl 参数时，超时时间将包含命令输出上传 COS 的耗时",
            ),
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
            description: sdk_shape::Text::both(
                "The default value of custom parameters when the custom parameter feature is enabled. the field type is a json-encoded string, for example: {\"varA\": \"222\"}.\\\nparameters must not be specified simultaneously for `DefaultParameters` and `DefaultParameterConfs`.\\\na comprehensive modification is applied, meaning all new default values must be provided when modifying.\\\nthis parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings of the command through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\\\nthe key is the custom parameter name, and the value is the default value of this parameter. both key and value are string-type.\\\nthere is an upper limit of 20 custom parameters.\\\ncustom parameter names must meet the following requirements: the upper limit of character quantity is 64, and the optional range is \\[a-zA-Z0-9-\\_\\].",
                "启用自定义参数功能时，自定义参数的默认取值。字段类型为json encoded string。如：{\"varA\": \"222\"}。\\\n参数不支持同时指定 `DefaultParameters` 和 `DefaultParameterConfs` 。\\\n采取整体全覆盖式修改，即修改时必须提供所有新默认值。\\\n仅在命令的 EnableParameter 为 true 时，才允许修改此参数。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取命令的 EnableParameter 设置。\\\nkey为自定义参数名称，value为该参数的默认取值。kv均为字符串型。\\\n自定义参数最多20个。\\\n自定义参数名称需符合以下规范：字符数目上限64，可选范围【a-zA-Z0-9-\\_】。",
            ),
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameterConfs",
            flag: "default-parameter-confs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::default_parameter_conf::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Custom parameter array. if no parameter value is provided when invoking the command, the default value here will be used to replace it.\\\nparameters do not support specifying both `DefaultParameters` and `DefaultParameterConfs`.\\\nthis parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\\\nup to 20 custom parameters are allowed.",
                "自定义参数数组。如果 InvokeCommand 时未提供参数取值，将使用这里的默认值进行替换。\\\n参数不支持同时指定 `DefaultParameters` 和 `DefaultParameterConfs` 。\\\n仅在命令的 EnableParameter 为 true 时，才允许修改此参数。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取命令的 EnableParameter 设置。\\\n自定义参数最多20个。",
            ),
            list: true,
            max_items: Some(20u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The username to run commands in a CVM or Lighthouse instance.\\\nusing minimum permission to execute commands is the best practice for permission management. we recommend running cloud assistant commands as a regular user identity.",
                "在 CVM 或 Lighthouse 实例中执行命令的用户名称。\\\n使用最小权限执行命令是权限管理的最佳实践，建议您以普通用户身份执行云助手命令。",
            ),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Specifies the cos bucket address for the uploaded log, which must start with https, such as https://BucketName-123454321.cos.ap-beijing.myqcloud.com.",
                "指定日志上传的cos bucket 地址，必须以https开头，如 https://BucketName-123454321.cos.ap-beijing.myqcloud.com。",
            ),
            example: Some(
                "\"https://BucketName-123454321.cos.ap-beijing.myqcloud.com\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Specify the directory for logs in the cos bucket. the directory naming has the following rules:\n\n1. use a combination of numbers, chinese and english, and visible characters, with a maximum length of 60.\n2. use / to split the path and quickly create subdirectories.\n3. consecutive / are not allowed; cannot start with /; cannot use .. as the folder name.",
                "指定日志在cos bucket中的目录，目录命名有如下规则：\n\n1. 可用数字、中英文和可见字符的组合，长度最多为60。\n2. 用 / 分割路径，可快速创建子目录。\n3. 不允许连续 / ；不允许以 / 开头；不允许以..作为文件夹名称。",
            ),
            example: Some("\"aa/bb/cc\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.",
                "唯一请求 ID，由服务端生成，每次请求都会返回（若请求因其他原因未能抵达服务端，则该次请求不会获得 RequestId）。定位问题时需要提供该次请求的 RequestId。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[
        sdk_shape::Rule::MutuallyExclusive(
            &["DefaultParameters", "DefaultParameterConfs"],
        ),
    ],
    errors: &[],
    examples: &[
        sdk_shape::ExampleShape {
            title: sdk_shape::Text::both("Modify Command", "修改命令"),
            description: sdk_shape::Text::NONE,
            request: "{\n  \"CommandName\": \"second-command\",\n  \"Description\": \"hello world!\",\n  \"Content\": \"cHM=\",\n  \"CommandType\": \"SHELL\",\n  \"WorkingDirectory\": \"/root\",\n  \"Timeout\": 600,\n  \"CommandId\": \"cmd-63usjhmq\"\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"9bea970a-0bab-495f-b0dd-de5eedfdf611\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
