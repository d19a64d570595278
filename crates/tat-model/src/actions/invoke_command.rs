// @generated from spec/tat/2020-10-28/actions/InvokeCommand.json by `cargo xtask codegen`; do not edit.
//! The `InvokeCommand` action: This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance

/// This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// - If the agent is not installed on the instance or is offline, an error is returned.
/// - If the command type is not supported by the agent runtime environment, an error is returned.
/// - The specified instance needs to be in a VPC network.
/// - The specified instance needs to be in the RUNNING status.
/// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// Marker type tying the request and response of `InvokeCommand` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct InvokeCommand;

impl sdk_shape::Action for InvokeCommand {
    type Request = InvokeCommandRequest;
    type Response = InvokeCommandResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `InvokeCommand`: This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// - If the agent is not installed on the instance or is offline, an error is returned.
/// - If the command type is not supported by the agent runtime environment, an error is returned.
/// - The specified instance needs to be in a VPC network.
/// - The specified instance needs to be in the RUNNING status.
/// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct InvokeCommandRequest {
    /// Pending trigger command ID. call the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.
    ///
    /// Required.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
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
    /// Custom parameter of Command. field type is json encoded string. for example: {"varA": "222"}.
    /// The key is the custom parameter name, and the value is the default. both kv are string-type.
    /// This parameter can be set only when the EnableParameter of the command is true. you can obtain the EnableParameter settings through the [DescribeCommands (detailed command information)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.
    /// If the parameter value is not provided, the DefaultParameters or DefaultParameterConfs of Command will be used to replace it.
    /// Custom parameters can be up to 20.
    /// The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-\_\].
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// The username used to execute the command on the CVM or Lighthouse instance.
    /// The principle of the least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. If this is not specified, the Username of the command is used by default.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Execution path of the command. The WorkingDirectory of the command is used by default.
    ///
    /// Wire name: `WorkingDirectory`.
    #[serde(
        rename = "WorkingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
    /// Command timeout period. Value range: \[1, 86400\]. The Timeout of the command is used by default.
    ///
    /// Minimum: 1. Maximum: 86400.
    ///
    /// Wire name: `Timeout`.
    #[serde(rename = "Timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
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

/// Response of `InvokeCommand`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvokeCommandResponse {
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

impl InvokeCommandResponse {
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
    name: "InvokeCommand",
    command: "invoke-command",
    description: sdk_shape::Text::both(
        "This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.\n\n- If the agent is not installed on the instance or is offline, an error is returned.\n- If the command type is not supported by the agent runtime environment, an error is returned.\n- The specified instance needs to be in a VPC network.\n- The specified instance needs to be in the RUNNING status.\n- Only one type of instances (CVM or Lighthouse) can be specified in a single request.",
        "在指定的实例上触发命令，调用成功返回执行活动ID（inv-xxxxxxxx），每个执行活动内部有一个或多个执行任务（invt-xxxxxxxx），每个执行任务代表命令在一台 CVM 或一台 Lighthouse 上的执行记录。\n\n- 如果指定实例未安装 agent，或 agent 不在线，返回失败\n- 如果命令类型与 agent 运行环境不符，返回失败\n- 指定的实例需要处于 VPC 网络\n- 指定的实例需要处于 RUNNING 状态\n- 不可同时指定 CVM 和 Lighthouse",
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
                "Pending trigger command ID. call the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.",
                "待触发的命令ID。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取。",
            ),
            required: true,
            example: Some("\"cmd-ffxdx79i\""),
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
            example: Some("[\"lhins-ar5wyn40\"]"),
            max_items: Some(200u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Custom parameter of Command. field type is json encoded string. for example: {\"varA\": \"222\"}.\nThe key is the custom parameter name, and the value is the default. both kv are string-type.\nThis parameter can be set only when the EnableParameter of the command is true. you can obtain the EnableParameter settings through the [DescribeCommands (detailed command information)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.\nIf the parameter value is not provided, the DefaultParameters or DefaultParameterConfs of Command will be used to replace it.\nCustom parameters can be up to 20.\nThe custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \\[a-zA-Z0-9-\\_\\].",
                "Command 的自定义参数。字段类型为json encoded string。如：{\"varA\": \"222\"}。\nkey为自定义参数名称，value为该参数的默认取值。kv均为字符串型。\n仅在命令的 EnableParameter 为 true 时，才允许设置此参数。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取命令的 EnableParameter 设置。\n如果未提供该参数取值，将使用 Command 的 DefaultParameters 或 DefaultParameterConfs 进行替换。\n自定义参数最多20个。\n自定义参数名称需符合以下规范：字符数目上限64，可选范围【a-zA-Z0-9-\\_】。",
            ),
            example: Some("\"{\\\"varA\\\": \\\"222\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The username used to execute the command on the CVM or Lighthouse instance.\nThe principle of the least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. If this is not specified, the Username of the command is used by default.",
                "在 CVM 或 Lighthouse 实例中执行命令的用户名称。\n使用最小权限执行命令是权限管理的最佳实践，建议您以普通用户身份执行云助手命令。若不填，默认以 Command 配置的 Username 执行。",
            ),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "WorkingDirectory",
            flag: "working-directory",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution path of the command. The WorkingDirectory of the command is used by default.",
                "命令执行路径, 默认以Command配置的WorkingDirectory执行。",
            ),
            example: Some("\"/root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Timeout",
            flag: "timeout",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Command timeout period. Value range: \\[1, 86400\\]. The Timeout of the command is used by default.",
                "命令超时时间，取值范围\\[1, 86400\\]。默认以Command配置的Timeout执行。",
            ),
            example: Some("60"),
            minimum: Some(1i64),
            maximum: Some(86400i64),
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
            name: "InvocationId",
            flag: "invocation-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Execution activity ID.",
                "执行活动ID。",
            ),
            example: Some("\"inv-8xgjrytm\""),
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
    rules: &[],
    errors: &[],
    examples: &[
        sdk_shape::ExampleShape {
            title: sdk_shape::Text::both(
                "Triggering a command on a Lighthouse instance",
                "在 Lighthouse 触发命令",
            ),
            description: sdk_shape::Text::NONE,
            request: "{\n  \"CommandId\": \"cmd-ffxdx79i\",\n  \"InstanceIds\": [\n    \"lhins-ar5wyn40\"\n  ]\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"41417f50-51b5-4c8d-85b7-f6c508cb228f\",\n    \"InvocationId\": \"inv-8xgjrytm\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
