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
    description: "This API is used to create an invoker.",
    rate_limit: Some(20u32),
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: "Executor name. length not exceeding 120 characters.",
            required: true,
            example: Some("\"invoker-test\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::Enum(&crate::types::invoker_type::SHAPE),
            description: "Executor type.\n\nSelectable values (currently only support one):.\n\n- `SCHEDULE`: period type executor.",
            required: true,
            example: Some("\"SCHEDULE\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: "Remote command ID.\n\nCall the [DescribeCommands](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api to query command details.",
            required: true,
            example: Some("\"cmd-k4ypdij0\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: "Trigger associated instance ID. list cap 100.\n\nYou can get the instance ID through the query instance interface of corresponding cloud services. currently supports instance types: CVM, Lighthouse, and TAT managed instances.\n\nThe instance needs to have the TAT client installed, and the client must be in Online status. you can query client status via the [DescribeAutomationAgentStatus](https://www.tencentcloud.com/document/api/1340/52682?from_cn_redirect=1) api.",
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
            description: "Command execution user. length not exceeding 256 characters.",
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: "Command custom parameter. field type is JSON encode string.\n\nThis parameter can be set only when EnableParameter of the command specified by CommandId is true. obtain the EnableParameter settings through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.",
            example: Some("\"{\\\"var\\\": \\\"A\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ScheduleSettings",
            flag: "schedule-settings",
            kind: sdk_shape::Kind::Struct(&crate::types::schedule_settings::SHAPE),
            description: "Recurring invoker settings.\n\nWhen the executor type is `SCHEDULE`, specify this parameter.",
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(&crate::types::tag::SHAPE),
            description: "Tag associated with the command. list length not exceeding 10.",
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            description: "Invoker ID.",
            example: Some("\"ivk-b7s3qa5l\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: "The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.",
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[
        sdk_shape::ErrorShape {
            code: "AuthFailure",
            description: "CAM signature/authentication error.",
        },
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: "Internal error.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: "Invalid parameter.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandId",
            description: "Invalid CommandId.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCronExpression",
            description: "Invalid crontab expression.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInstanceId",
            description: "Invalid instance ID.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidTimeFormat",
            description: "Invalid time format.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvokeTimeExpired",
            description: "API invocation expired.",
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.ParameterInvalidJsonFormat",
            description: "The parameter is not a valid JSON string.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.CommandNotFound",
            description: "The command does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceNotFound.InstanceNotFound",
            description: "The instance does not exist.",
        },
        sdk_shape::ErrorShape {
            code: "ResourceUnavailable.AgentNotInstalled",
            description: "TAT Agent is not installed.",
        },
    ],
    examples: &[
        sdk_shape::ExampleShape {
            title: "Creating a run-once invoker",
            description: "Execute command cmd-m7uma92n on instance ins-yx05ky8j at 2021-09-01 00:00:00 UTC+8",
            request: "{\n  \"Name\": \"test-invoker\",\n  \"CommandId\": \"cmd-m7uma92n\",\n  \"InstanceIds\": [\n    \"ins-yx05ky8j\"\n  ],\n  \"Type\": \"SCHEDULE\",\n  \"ScheduleSettings\": {\n    \"Policy\": \"ONCE\",\n    \"InvokeTime\": \"2021-09-01T00:00:00+08:00\"\n  }\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"97268137-e0f7-477d-833b-766273d0ea47\",\n    \"InvokerId\": \"ivk-le1g3x2h\"\n  }\n}",
        },
        sdk_shape::ExampleShape {
            title: "Creating an invoker that executes a command repeatedly",
            description: "Execute command cmd-m7uma92n on instance ins-yx05ky8j at 00:00:00 UTC+8 on the first day of every month",
            request: "{\n  \"Name\": \"cron-invoker\",\n  \"CommandId\": \"cmd-m7uma92n\",\n  \"InstanceIds\": [\n    \"ins-yx05ky8j\"\n  ],\n  \"Type\": \"SCHEDULE\",\n  \"ScheduleSettings\": {\n    \"Policy\": \"RECURRENCE\",\n    \"Recurrence\": \"0 0 1 * *\"\n  }\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"d1d7ce29-b6ac-436d-93e0-b454f096cc50\",\n    \"InvokerId\": \"ivk-n0t6rxtv\"\n  }\n}",
        },
    ],
    pagination: None,
    http: None,
};
