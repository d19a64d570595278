// @generated from spec/tat/2020-10-28/actions/CreateInvoker.json by `cargo xtask codegen`; do not edit.
//! The `CreateInvoker` action: This API is used to create an invoker

/// This API is used to create an invoker.
///
/// Marker type tying the request and response of `CreateInvoker` together.
///
/// Error codes its page documents, each a variant of [`crate::ErrorCode`] (which holds every code of the service, any action may return them):
/// - `AuthFailure`: CAM signature/authentication error.
/// - `InternalError`: Internal error.
/// - `InvalidParameter`: Invalid parameter.
/// - `InvalidParameterValue.InvalidCommandId`: Invalid CommandId.
/// - `InvalidParameterValue.InvalidCronExpression`: Invalid crontab expression.
/// - `InvalidParameterValue.InvalidInstanceId`: Invalid instance ID.
/// - `InvalidParameterValue.InvalidTimeFormat`: Invalid time format.
/// - `InvalidParameterValue.InvokeTimeExpired`: API invocation expired.
/// - `InvalidParameterValue.ParameterInvalidJsonFormat`: The parameter is not a valid JSON string.
/// - `ResourceNotFound.CommandNotFound`: The command does not exist.
/// - `ResourceNotFound.InstanceNotFound`: The instance does not exist.
/// - `ResourceUnavailable.AgentNotInstalled`: TAT Agent is not installed.
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateInvoker;

impl sdk_shape::Action for CreateInvoker {
    type Request = CreateInvokerRequest;
    type Response = CreateInvokerResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateInvoker`: This API is used to create an invoker.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateInvokerRequest {
    /// Executor name. length not exceeding 120 characters.
    ///
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Executor type.
    ///
    /// Selectable values (currently only support one):.
    ///
    /// - `SCHEDULE`: period type executor.
    ///
    /// Required.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::types::InvokerType>,
    /// Remote command ID.
    ///
    /// Call the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.
    ///
    /// Required.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Trigger associated instance ID. list cap 100.
    ///
    /// You can get the instance ID through the query instance interface of corresponding cloud services. currently supports instance types: CVM, Lighthouse, and TAT managed instances.
    ///
    /// The instance needs to have the TAT client installed, and the client must be in Online status. you can query client status via the [DescribeAutomationAgentStatus](https://www.tencentcloud.com/document/api/1340/52682?from_cn_redirect=1) api.
    ///
    /// Required. At most 100 items.
    ///
    /// Wire name: `InstanceIds`.
    #[serde(rename = "InstanceIds", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<Vec<String>>,
    /// Command execution user. length not exceeding 256 characters.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Command custom parameter. field type is JSON encode string.
    ///
    /// This parameter can be set only when EnableParameter of the command specified by CommandId is true. obtain the EnableParameter settings through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// Recurring invoker settings.
    ///
    /// When the executor type is `SCHEDULE`, specify this parameter.
    ///
    /// Wire name: `ScheduleSettings`.
    #[serde(
        rename = "ScheduleSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_settings: Option<crate::types::ScheduleSettings>,
    /// Tag associated with the command. list length not exceeding 10.
    ///
    /// At most 10 items.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
}

/// Response of `CreateInvoker`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateInvokerResponse {
    /// Invoker ID.
    ///
    /// Wire name: `InvokerId`.
    #[serde(rename = "InvokerId", default, skip_serializing_if = "Option::is_none")]
    pub invoker_id: Option<String>,
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateInvokerResponse {
    /// Invoker ID (`InvokerId`).
    pub fn invoker_id(&self) -> Option<&str> {
        self.invoker_id.as_deref()
    }

    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateInvoker",
    command: "create-invoker",
    description: sdk_shape::Text::both(
        "This API is used to create an invoker.",
        "此接口用于创建执行器。",
    ),
    rate_limit: Some(20u32),
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Executor name. length not exceeding 120 characters.",
                "执行器名称。长度不超过 120 字符。",
            ),
            required: true,
            example: Some("\"invoker-test\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::Enum(&crate::types::invoker_type::SHAPE),
            description: sdk_shape::Text::both(
                "Executor type.\n\nSelectable values (currently only support one):.\n\n- `SCHEDULE`: period type executor.",
                "执行器类型。\n\n可选取值（当前仅支持一种）：\n\n- `SCHEDULE`：周期类型执行器。",
            ),
            required: true,
            example: Some("\"SCHEDULE\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Remote command ID.\n\nCall the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.",
                "远程命令ID。\n\n可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取。",
            ),
            required: true,
            example: Some("\"cmd-k4ypdij0\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Trigger associated instance ID. list cap 100.\n\nYou can get the instance ID through the query instance interface of corresponding cloud services. currently supports instance types: CVM, Lighthouse, and TAT managed instances.\n\nThe instance needs to have the TAT client installed, and the client must be in Online status. you can query client status via the [DescribeAutomationAgentStatus](https://www.tencentcloud.com/document/api/1340/52682?from_cn_redirect=1) api.",
                "触发器关联的实例ID。列表上限 100。\n\n可通过对应云产品的查询实例接口获取实例 ID。目前支持实例类型：CVM、Lighthouse、TAT 托管实例。\n\n实例需要安装 TAT 客户端, 且客户端为 Online 状态。可通过 [DescribeAutomationAgentStatus(查询客户端状态)](https://cloud.tencent.com/document/api/1340/52682) 接口查询客户端状态。",
            ),
            list: true,
            required: true,
            example: Some("[\"ins-yx05ky8j\"]"),
            max_items: Some(100u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command execution user. length not exceeding 256 characters.",
                "命令执行用户。长度不超过 256 字符。",
            ),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Command custom parameter. field type is JSON encode string.\n\nThis parameter can be set only when EnableParameter of the command specified by CommandId is true. obtain the EnableParameter settings through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.",
                "命令自定义参数。字段类型为 JSON encode string。\n\n仅在 CommandId 所指命令的 EnableParameter 为 true 时，才允许设置此参数。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取命令的 EnableParameter 设置。",
            ),
            example: Some("\"{\\\"var\\\": \\\"A\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ScheduleSettings",
            flag: "schedule-settings",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::schedule_settings::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Recurring invoker settings.\n\nWhen the executor type is `SCHEDULE`, specify this parameter.",
                "周期执行器设置。\n\n当执行器类型为 `SCHEDULE` 时，必须指定此参数。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Tag associated with the command. list length not exceeding 10.",
                "为命令关联的标签，列表长度不超过10",
            ),
            list: true,
            max_items: Some(10u32),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Invoker ID.", "执行器ID。"),
            example: Some("\"ivk-b7s3qa5l\""),
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
    errors: &[
        sdk_shape::ErrorShape {
            code: "AuthFailure",
            description: sdk_shape::Text::en("CAM signature/authentication error."),
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: sdk_shape::Text::en("Internal error."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: sdk_shape::Text::en("Invalid parameter."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandId",
            description: sdk_shape::Text::en("Invalid CommandId."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCronExpression",
            description: sdk_shape::Text::en("Invalid crontab expression."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInstanceId",
            description: sdk_shape::Text::en("Invalid instance ID."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidTimeFormat",
            description: sdk_shape::Text::en("Invalid time format."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvokeTimeExpired",
            description: sdk_shape::Text::en("API invocation expired."),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterInvalidJsonFormat",
            description: sdk_shape::Text::en("The parameter is not a valid JSON string."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CommandNotFound",
            description: sdk_shape::Text::en("The command does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InstanceNotFound",
            description: sdk_shape::Text::en("The instance does not exist."),
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentNotInstalled",
            description: sdk_shape::Text::en("TAT Agent is not installed."),
        },
    ],
    examples: &[
        sdk_shape::ExampleShape {
            title: sdk_shape::Text::both(
                "Creating a run-once invoker",
                "创建单次执行器",
            ),
            description: sdk_shape::Text::both(
                "Execute command cmd-m7uma92n on instance ins-yx05ky8j at 2021-09-01 00:00:00 UTC+8",
                "北京时间 2021-09-01 00:00:00 在实例 ins-yx05ky8j 执行命令 cmd-m7uma92n",
            ),
            request: "{\n  \"Name\": \"test-invoker\",\n  \"CommandId\": \"cmd-m7uma92n\",\n  \"InstanceIds\": [\n    \"ins-yx05ky8j\"\n  ],\n  \"Type\": \"SCHEDULE\",\n  \"ScheduleSettings\": {\n    \"Policy\": \"ONCE\",\n    \"InvokeTime\": \"2021-09-01T00:00:00+08:00\"\n  }\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"97268137-e0f7-477d-833b-766273d0ea47\",\n    \"InvokerId\": \"ivk-le1g3x2h\"\n  }\n}",
        },
        sdk_shape::ExampleShape {
            title: sdk_shape::Text::both(
                "Creating an invoker that executes a command repeatedly",
                "创建周期执行命令",
            ),
            description: sdk_shape::Text::both(
                "Execute command cmd-m7uma92n on instance ins-yx05ky8j at 00:00:00 UTC+8 on the first day of every month",
                "在北京时间每月1日零点，在实例 ins-yx05ky8j 执行命令 cmd-m7uma92n",
            ),
            request: "{\n  \"Name\": \"cron-invoker\",\n  \"CommandId\": \"cmd-m7uma92n\",\n  \"InstanceIds\": [\n    \"ins-yx05ky8j\"\n  ],\n  \"Type\": \"SCHEDULE\",\n  \"ScheduleSettings\": {\n    \"Policy\": \"RECURRENCE\",\n    \"Recurrence\": \"0 0 1 * *\"\n  }\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"d1d7ce29-b6ac-436d-93e0-b454f096cc50\",\n    \"InvokerId\": \"ivk-n0t6rxtv\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
