// @generated from spec/tat/2020-10-28/actions/CreateCommand.json by `cargo xtask codegen`; do not edit.
//! The `CreateCommand` action: This API is used to create a command

/// This API is used to create a command.
///
/// Marker type tying the request and response of `CreateCommand` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateCommand;

impl sdk_shape::Action for CreateCommand {
    type Request = CreateCommandRequest;
    type Response = CreateCommandResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateCommand`: This API is used to create a command.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateCommandRequest {
    /// Command name. The name can be up to 60 bytes, and contain \[a-z\], \[A-Z\], \[0-9\] and \[\_-.\].
    ///
    /// Required.
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
    /// Base64-encoded command. The maximum length is 64 KB.
    ///
    /// Required. Base64-encoded.
    ///
    /// Wire name: `Content`.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Command description. The maximum length is 120 characters.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Command type. currently supports SHELL, POWERSHELL, BAT. default: SHELL.
    ///
    /// Default: `"SHELL"`.
    ///
    /// Wire name: `CommandType`.
    #[serde(rename = "CommandType", default, skip_serializing_if = "Option::is_none")]
    pub command_type: Option<crate::types::CommandType>,
    /// Command execution path. The default value is /root for `SHELL` commands and C:\Program Files\qcloud\tat_agent\workdir for `POWERSHELL` commands.
    ///
    /// Default: `"/root"`.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// Command timeout period. Default value: 60 seconds. Value range: \[1, 86400\].
    ///
    /// Default: `60`. Minimum: 1. Maximum: 86400.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// Whether to enable the custom parameter feature.
    /// This cannot be modified once created.
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `EnableParameter`.
    #[serde(
        rename = "EnableParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_parameter: Option<bool>,
    /// Enable the custom parameter feature. default value of the custom parameter. field type is json encoded string. for example: {"varA": "222"}.
    /// The key is the custom parameter name, and the value is the default. both kv are string-type.
    /// If no parameter value is provided when invoking the command, the default value here will be used to replace it.
    /// Parameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.
    /// Allow settings only when the EnableParameter parameter is true.
    /// Custom parameters can be up to 20.
    /// The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-\_\].
    ///
    /// Wire name: `DefaultParameters`.
    #[serde(
        rename = "DefaultParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_parameters: Option<String>,
    /// Custom parameter array.
    /// If no parameter value is provided when invoking the command, the default value here will be used to replace it.
    /// Parameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.
    /// Allow settings only when the EnableParameter parameter is true.
    /// Custom parameters can be up to 20.
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
    /// Tags bound to the command. At most 10 tags are allowed.
    ///
    /// At most 10 items.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The username used to execute the command on the CVM or Lighthouse instance.
    /// The principle of least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. By default, the root user is used to execute commands on Linux and the System user is used on Windows.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The COS bucket URL for uploading logs. The URL must start with `https`, such as `https://BucketName-123454321.cos.ap-beijing.myqcloud.com`.
    ///
    /// Wire name: `OutputCOSBucketUrl`.
    #[serde(
        rename = "OutputCOSBucketUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_bucket_url: Option<String>,
    /// The COS bucket directory where the logs are saved. Check below for the rules of the directory name.
    ///
    /// 1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed.
    /// 2. Use a slash (/) to create a subdirectory.
    /// 3. Consecutive dots (.) and slashes (/) are not allowed. It can not start with a slash (/).
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

/// Response of `CreateCommand`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateCommandResponse {
    /// Command ID.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateCommandResponse {
    /// Command ID (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateCommand",
    command: "create-command",
    description: sdk_shape::Text::both(
        "This API is used to create a command.",
        "此接口用于创建命令。",
    ),
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command name. The name can be up to 60 bytes, and contain \\[a-z\\], \\[A-Z\\], \\[0-9\\] and \\[\\_-.\\].",
                "命令名称。名称仅支持中文、英文、数字、下划线、分隔符\"-\"、小数点，最大长度不能超60个字节。",
            ),
            required: true,
            example: Some("\"tat-command\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Content",
            flag: "content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Base64-encoded command. The maximum length is 64 KB.",
                "命令脚本内容。 需 Base64 编码后传入。\n\n当 EnableParameter = true 时，支持两种动态参数占位符：\n\n- 普通参数 {{key}}：例如脚本 `echo {{word}}` 配合参数 `{\"word\": \"hello\"}`，实际执行 `echo hello`，执行记录显示 `{\"word\": \"hello\"}`。\n- 隐藏参数 {{tat-hidden:key}}：用于敏感信息脱敏。例如脚本 `echo {{tat-hidden:word}}` 配合参数 `{\"word\": \"hello\"}`（传参 Key 不带前缀），实际执行 `echo hello`，记录显示 `{\"word\": \"******\"}`。\n\n参数格式：Base64 编码字符串\n\n入参限制：Base64 编码后的字符串长度不能超过 64KB",
            ),
            required: true,
            base64: true,
            example: Some("\"cHdk\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command description. The maximum length is 120 characters.",
                "命令描述。不超过120字符。",
            ),
            example: Some("\"this is a command\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandType",
            flag: "command-type",
            kind: sdk_shape::Kind::Enum(&crate::types::command_type::SHAPE),
            description: sdk_shape::Text::both(
                "Command type. currently supports SHELL, POWERSHELL, BAT. default: SHELL.",
                "命令类型，目前支持取值：SHELL、POWERSHELL、BAT。默认：SHELL。",
            ),
            default: Some("\"SHELL\""),
            example: Some("\"SHELL\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command execution path. The default value is /root for `SHELL` commands and C:\\Program Files\\qcloud\\tat_agent\\workdir for `POWERSHELL` commands.",
                "命令执行路径，对于 SHELL 命令默认为 /root，对于 POWERSHELL 命令默认为 C:\\Program Files\\qcloud\\tat_agent\\workdir。",
            ),
            default: Some("\"/root\""),
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Command timeout period. Default value: 60 seconds. Value range: \\[1, 86400\\].",
                "命令超时时间，默认60秒。取值范围\\[1, 86400\\]。",
            ),
            default: Some("60"),
            example: Some("60"),
            minimum: Some(1i64),
            maximum: Some(86400i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EnableParameter",
            flag: "enable-parameter",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Whether to enable the custom parameter feature.\nThis cannot be modified once created.\nDefault value: `false`.",
                "是否启用自定义参数功能。\\\n一旦创建，此值不提供修改。\\\n默认值：false。",
            ),
            default: Some("false"),
            example: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DefaultParameters",
            flag: "default-parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Enable the custom parameter feature. default value of the custom parameter. field type is json encoded string. for example: {\"varA\": \"222\"}.\nThe key is the custom parameter name, and the value is the default. both kv are string-type.\nIf no parameter value is provided when invoking the command, the default value here will be used to replace it.\nParameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.\nAllow settings only when the EnableParameter parameter is true.\nCustom parameters can be up to 20.\nThe custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \\[a-zA-Z0-9-\\_\\].",
                "启用自定义参数功能时，自定义参数的默认取值。字段类型为json encoded string。如：{\"varA\": \"222\"}。\\\nkey为自定义参数名称，value为该参数的默认取值。kv均为字符串型。\\\n如果InvokeCommand时未提供参数取值，将使用这里的默认值进行替换。\\\n参数不支持同时指定 `DefaultParameters` 和 `DefaultParameterConfs` 。\\\n仅在 EnableParameter 参数为 true 时，才允许设置此参数。\\\n自定义参数最多20个。\\\n自定义参数名称需符合以下规范：字符数目上限64，可选范围【a-zA-Z0-9-\\_】。",
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
                "Custom parameter array.\nIf no parameter value is provided when invoking the command, the default value here will be used to replace it.\nParameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.\nAllow settings only when the EnableParameter parameter is true.\nCustom parameters can be up to 20.",
                "自定义参数数组。\\\n如果InvokeCommand时未提供参数取值，将使用这里的默认值进行替换。\\\n参数不支持同时指定 `DefaultParameters` 和 `DefaultParameterConfs` 。\\\n仅在 EnableParameter 参数为 true 时，才允许设置此参数。\\\n自定义参数最多20个。",
            ),
            list: true,
            max_items: Some(20u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Tags bound to the command. At most 10 tags are allowed.",
                "为命令关联的标签，列表长度不超过10。",
            ),
            list: true,
            max_items: Some(10u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The username used to execute the command on the CVM or Lighthouse instance.\nThe principle of least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. By default, the root user is used to execute commands on Linux and the System user is used on Windows.",
                "在 CVM 或 Lighthouse 实例中执行命令的用户名称。\\\n使用最小权限执行命令是权限管理的最佳实践，建议您以普通用户身份执行云助手命令。默认情况下，在 Linux 实例中以 root 用户执行命令；在Windows 实例中以 System 用户执行命令。",
            ),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSBucketUrl",
            flag: "output-cos-bucket-url",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The COS bucket URL for uploading logs. The URL must start with `https`, such as `https://BucketName-123454321.cos.ap-beijing.myqcloud.com`.",
                "指定日志上传的cos bucket 地址，必须以https开头，如 https://BucketName-123454321.cos.ap-beijing.myqcloud.com。",
            ),
            example: Some(
                "\"https://BucketName-134654321.cos.ap-beijing.myqcloud.com\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The COS bucket directory where the logs are saved. Check below for the rules of the directory name.\n\n1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed.\n2. Use a slash (/) to create a subdirectory.\n3. Consecutive dots (.) and slashes (/) are not allowed. It can not start with a slash (/).",
                "指定日志在cos bucket中的目录，目录命名有如下规则：\n\n1. 可用数字、中英文和可见字符的组合，长度最多为60。\n2. 用 / 分割路径，可快速创建子目录。\n3. 不允许连续 / ；不允许以 / 开头；不允许以..作为文件夹名称",
            ),
            example: Some("\"aa/bb/cc\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command ID.", "命令ID。"),
            example: Some("\"cmd-543xxk0d\""),
            ..sdk_shape::MemberShape::BASE
        },
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
            title: sdk_shape::Text::both("Create Command", "创建命令"),
            description: sdk_shape::Text::NONE,
            request: "{\n  \"CommandName\": \"hello-command\",\n  \"Description\": \"hello world\",\n  \"Content\": \"bHM=\",\n  \"CommandType\": \"SHELL\",\n  \"WorkingDirectory\": \"/tmp\",\n  \"Timeout\": 60\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"9bea970a-0bab-495f-b0dd-de5eedfdf611\",\n    \"CommandId\": \"cmd-7efujjs6\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
