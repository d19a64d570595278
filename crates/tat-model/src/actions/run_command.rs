// @generated from spec/tat/2020-10-28/actions/RunCommand.json by `cargo xtask codegen`; do not edit.
//! The `RunCommand` action: This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance

/// This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// - If the agent is not installed on the instance or is offline, an error is returned.
/// - If the command type is not supported by the agent runtime environment, an error is returned.
/// - The specified instance needs to be in a VPC network.
/// - The specified instance needs to be in the `RUNNING` status.
/// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// Marker type tying the request and response of `RunCommand` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct RunCommand;

impl sdk_shape::Action for RunCommand {
    type Request = RunCommandRequest;
    type Response = RunCommandResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `RunCommand`: This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// - If the agent is not installed on the instance or is offline, an error is returned.
/// - If the command type is not supported by the agent runtime environment, an error is returned.
/// - The specified instance needs to be in a VPC network.
/// - The specified instance needs to be in the `RUNNING` status.
/// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RunCommandRequest {
    /// Base64-encoded command. The maximum length is 64 KB.
    ///
    /// Required. Base64-encoded.
    ///
    /// Wire name: `Content`.
    #[serde(rename = "Content", default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    /// Instance ID list for the command to be executed, with a cap of 200.
    ///
    /// Instance ID can be obtained through the query instance interface of corresponding cloud services. currently supported instance types:.
    ///
    /// - CVM
    /// - Lighthouse
    /// - TAT register instance.
    ///
    /// Required. At most 200 items.
    ///
    /// Wire name: `InstanceIds`.
    #[serde(rename = "InstanceIds", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<Vec<String>>,
    /// Command name. The name can be up to 60 bytes, and contain \[a-z\], \[A-Z\], \[0-9\] and \[\_-.\].
    ///
    /// Wire name: `CommandName`.
    #[serde(rename = "CommandName", default, skip_serializing_if = "Option::is_none")]
    pub command_name: Option<String>,
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
    /// Whether to save the command. value range:.
    ///
    /// - true: save
    /// - false: not saved.
    ///
    /// The default value is false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `SaveCommand`.
    #[serde(rename = "SaveCommand", default, skip_serializing_if = "Option::is_none")]
    pub save_command: Option<bool>,
    /// Whether to enable the custom parameter feature.
    /// Once created, this value does not offer modification.
    /// Valid values:.
    ///
    /// - true: enable
    /// - false: disabled.
    ///
    /// The default value is false.
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
    /// This parameter can be set only when the EnableParameter of the command is true.
    /// Parameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.
    /// If Parameters is not provided, the default value here will be used to replace.
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
    /// Custom parameter array. if Parameters is not provided, the default value here will be used to replace. up to 20 custom Parameters are allowed.
    /// If Parameters is not provided, the default value here will be used to replace.
    /// This parameter can be set only when the EnableParameter of the command is true.
    /// Parameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.
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
    /// Custom parameter of Command. field type is json encoded string. for example: {"varA": "222"}.
    /// The key is the custom parameter name, and the value is the default. both kv are string-type.
    /// This parameter can be set only when the EnableParameter of the command is true.
    /// If the parameter value is not provided, DefaultParameters or DefaultParameterConfs will be used.
    /// Custom parameters can be up to 20.
    /// The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-\_\].
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// The tags of the command. It is available when `SaveCommand` is `True`. A maximum of 10 tags are allowed.
    ///
    /// At most 10 items.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The username used to execute the command on the CVM or Lighthouse instance.
    /// The principle of least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. By default, the user `root` is used to execute commands on Linux and the user `System` is used on Windows.
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
    /// 3. ".." can not be used as the folder name. It cannot start with a slash (/), and cannot contain consecutive slashes.
    ///
    /// Wire name: `OutputCOSKeyPrefix`.
    #[serde(
        rename = "OutputCOSKeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub output_cos_key_prefix: Option<String>,
}

/// Response of `RunCommand`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RunCommandResponse {
    /// Command ID.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Execution activity ID.
    ///
    /// Wire name: `InvocationId`.
    #[serde(rename = "InvocationId", default, skip_serializing_if = "Option::is_none")]
    pub invocation_id: Option<String>,
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl RunCommandResponse {
    /// Command ID (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Execution activity ID (`InvocationId`).
    pub fn invocation_id(&self) -> Option<&str> {
        self.invocation_id.as_deref()
    }

    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "RunCommand",
    command: "run-command",
    description: sdk_shape::Text::both(
        "This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.\n\n- If the agent is not installed on the instance or is offline, an error is returned.\n- If the command type is not supported by the agent runtime environment, an error is returned.\n- The specified instance needs to be in a VPC network.\n- The specified instance needs to be in the `RUNNING` status.\n- Only one type of instances (CVM or Lighthouse) can be specified in a single request.",
        "执行命令，调用成功返回执行活动ID（inv-xxxxxxxx），每个执行活动内部有一个或多个执行任务（invt-xxxxxxxx），每个执行任务代表命令在一台 CVM 或一台 Lighthouse 上的执行记录。\n\n- 如果指定实例未安装 agent，或 agent 不在线，返回失败\n- 如果命令类型与 agent 运行环境不符，返回失败\n- 指定的实例需要处于 VPC 网络\n- 指定的实例需要处于 `RUNNING` 状态\n- 不可同时指定 CVM 和 Lighthouse",
    ),
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
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
            name: "InstanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Instance ID list for the command to be executed, with a cap of 200.\n\nInstance ID can be obtained through the query instance interface of corresponding cloud services. currently supported instance types:.\n\n- CVM\n- Lighthouse\n- TAT register instance.",
                "待执行命令的实例ID列表，上限200。\n\n可通过对应云产品的查询实例接口获取实例 ID。目前支持实例类型：\n\n- CVM\n- Lighthouse\n- TAT 托管实例",
            ),
            list: true,
            required: true,
            example: Some("[\"ins-zcxx4ga1\"]"),
            max_items: Some(200u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandName",
            flag: "command-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command name. The name can be up to 60 bytes, and contain \\[a-z\\], \\[A-Z\\], \\[0-9\\] and \\[\\_-.\\].",
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
            name: "SaveCommand",
            flag: "save-command",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Whether to save the command. value range:.\n\n- true: save\n- false: not saved.\n\nThe default value is false.",
                "是否保存命令，取值范围：\n\n- true：保存\n- false：不保存\n\n默认为 false。",
            ),
            default: Some("false"),
            example: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EnableParameter",
            flag: "enable-parameter",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Whether to enable the custom parameter feature.\nOnce created, this value does not offer modification.\nValid values:.\n\n- true: enable\n- false: disabled.\n\nThe default value is false.",
                "是否启用自定义参数功能。\\\n一旦创建，此值不提供修改。\\\n取值范围：\n\n- true：启用\n- false：不启用\n\n默认值：false。",
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
                "Enable the custom parameter feature. default value of the custom parameter. field type is json encoded string. for example: {\"varA\": \"222\"}.\nThe key is the custom parameter name, and the value is the default. both kv are string-type.\nThis parameter can be set only when the EnableParameter of the command is true.\nParameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.\nIf Parameters is not provided, the default value here will be used to replace.\nCustom parameters can be up to 20.\nThe custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \\[a-zA-Z0-9-\\_\\].",
                "启用自定义参数功能时，自定义参数的默认取值。字段类型为json encoded string。如：{\"varA\": \"222\"}。\\\nkey为自定义参数名称，value为该参数的默认取值。kv均为字符串型。\\\n仅在命令的 EnableParameter 为 true 时，才允许设置此参数。\\\n参数不支持同时指定 `DefaultParameters` 和 `DefaultParameterConfs` 。\\\n如果 Parameters 未提供，将使用这里的默认值进行替换。\\\n自定义参数最多20个。\\\n自定义参数名称需符合以下规范：字符数目上限64，可选范围【a-zA-Z0-9-\\_】。",
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
                "Custom parameter array. if Parameters is not provided, the default value here will be used to replace. up to 20 custom Parameters are allowed.\nIf Parameters is not provided, the default value here will be used to replace.\nThis parameter can be set only when the EnableParameter of the command is true.\nParameters must not be specified simultaneously `DefaultParameters` and `DefaultParameterConfs`.",
                "自定义参数数组。 如果 Parameters 未提供，将使用这里的默认值进行替换。 自定义参数最多20个。\\\n如果 Parameters 未提供，将使用这里的默认值进行替换。\\\n仅在命令的 EnableParameter 为 true 时，才允许设置此参数。\\\n参数不支持同时指定 `DefaultParameters` 和 `DefaultParameterConfs` 。",
            ),
            list: true,
            max_items: Some(20u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Custom parameter of Command. field type is json encoded string. for example: {\"varA\": \"222\"}.\nThe key is the custom parameter name, and the value is the default. both kv are string-type.\nThis parameter can be set only when the EnableParameter of the command is true.\nIf the parameter value is not provided, DefaultParameters or DefaultParameterConfs will be used.\nCustom parameters can be up to 20.\nThe custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \\[a-zA-Z0-9-\\_\\].",
                "Command 的自定义参数。字段类型为json encoded string。如：{\"varA\": \"222\"}。\\\nkey为自定义参数名称，value为该参数的默认取值。kv均为字符串型。\\\n仅在命令的 EnableParameter 为 true 时，才允许设置此参数。\\\n如果未提供该参数取值，将使用 DefaultParameters 或 DefaultParameterConfs 进行替换。\\\n自定义参数最多20个。\\\n自定义参数名称需符合以下规范：字符数目上限64，可选范围【a-zA-Z0-9-\\_】。",
            ),
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "The tags of the command. It is available when `SaveCommand` is `True`. A maximum of 10 tags are allowed.",
                "如果保存命令，可为命令设置标签。列表长度不超过10。",
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
                "The username used to execute the command on the CVM or Lighthouse instance.\nThe principle of least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. By default, the user `root` is used to execute commands on Linux and the user `System` is used on Windows.",
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
                "\"https://BucketName-123454321.cos.ap-beijing.myqcloud.com\"",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OutputCOSKeyPrefix",
            flag: "output-cos-key-prefix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The COS bucket directory where the logs are saved. Check below for the rules of the directory name.\n\n1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed.\n2. Use a slash (/) to create a subdirectory.\n3. \"..\" can not be used as the folder name. It cannot start with a slash (/), and cannot contain consecutive slashes.",
                "指定日志在cos bucket中的目录，目录命名有如下规则：\n\n1. 可用数字、中英文和可见字符的组合，长度最多为60。\n2. 用 / 分割路径，可快速创建子目录。\n3. 不允许连续 / ；不允许以 / 开头；不允许以..作为文件夹名称。",
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
            example: Some("\"cmd-5oa8jajm\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution activity ID.",
                "执行活动ID。",
            ),
            example: Some("\"inv-mp6m9vmu\""),
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
            title: sdk_shape::Text::both(
                "Executing a command on multiple CVM instances",
                "在 CVM 批量执行命令",
            ),
            description: sdk_shape::Text::NONE,
            request: "{\n  \"CommandName\": \"run-command\",\n  \"SaveCommand\": false,\n  \"Description\": \"whoami\",\n  \"Content\": \"d2hvYW1p\",\n  \"CommandType\": \"SHELL\",\n  \"WorkingDirectory\": \"/root/\",\n  \"Timeout\": 60,\n  \"InstanceIds\": [\n    \"ins-zj0f57ew\",\n    \"ins-zj0f57ex\",\n    \"ins-zj0f57ev\"\n  ]\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"f3e3a951-56b1-4042-af23-ba50223a8f60\",\n    \"CommandId\": \"cmd-5oa8jajm\",\n    \"InvocationId\": \"inv-mp6m9vmu\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
