// @generated from spec/tat/2020-10-28/actions/DescribeInvocationTasks.json by `cargo xtask codegen`; do not edit.
//! The `DescribeInvocationTasks` action: This API is used to query execution task details

/// This API is used to query execution task details.
///
/// Marker type tying the request and response of `DescribeInvocationTasks` together.
///
/// Error codes its page documents, each a variant of [`crate::ErrorCode`] (which holds every code of the service, any action may return them):
/// - `InternalError`: 内部错误。
/// - `InvalidParameter`: 参数错误。
/// - `InvalidParameter.ConflictParameter`: 参数冲突。
/// - `InvalidParameterValue`: 参数取值错误。
/// - `InvalidParameterValue.InvalidCommandId`: CommandId 无效。
/// - `InvalidParameterValue.InvalidFilter`: Filter 无效。
/// - `InvalidParameterValue.InvalidInstanceId`: 实例ID无效。
/// - `InvalidParameterValue.InvalidInvocationId`: 不合法的执行活动ID。
/// - `InvalidParameterValue.InvalidInvocationTaskId`: 不合法的执行任务ID。
/// - `UnauthorizedOperation.CamAuthFailed`: CAM鉴权失败。
/// - `UnauthorizedOperation.InvalidToken`: Token 无效。
/// - `UnauthorizedOperation.MFAExpired`: Multi-Factor Authentication(MFA) 过期。
/// - `UnauthorizedOperation.MFANotFound`: Multi-Factor Authentication(MFA) 不存在。
/// - `UnsupportedOperation`: 操作不支持。
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeInvocationTasks;

impl sdk_shape::Action for DescribeInvocationTasks {
    type Request = DescribeInvocationTasksRequest;
    type Response = DescribeInvocationTasksResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

impl sdk_shape::PagedAction for DescribeInvocationTasks {
    type Item = crate::types::InvocationTask;
    fn offset(request: &Self::Request) -> i64 {
        request.offset.map_or(0, |o| i64::try_from(o).unwrap_or(i64::MAX))
    }

    fn set_offset(request: &mut Self::Request, offset: i64) {
        request.offset = Some(offset.try_into().unwrap_or_default());
    }

    fn into_page(response: Self::Response) -> sdk_shape::Page<Self::Item> {
        sdk_shape::Page {
            total: response.total_count,
            items: response.invocation_task_set.unwrap_or_default(),
        }
    }
}

/// Request of `DescribeInvocationTasks`: This API is used to query execution task details.
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeInvocationTasksRequest {
    /// List of execution task IDs. Up to 100 IDs are allowed for each request. `InvocationTaskIds` and `Filters` cannot be specified at the same time.
    ///
    /// At most 100 items.
    ///
    /// Wire name: `InvocationTaskIds`.
    #[serde(
        rename = "InvocationTaskIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_ids: Option<Vec<String>>,
    /// Filter conditions.
    ///
    /// The maximum number of `Filters` per request is 10, and that of `Filter.Values` is 5. the `InvocationTaskIds` and `Filters` parameters cannot be specified at the same time.
    ///
    /// At most 10 items.
    ///
    /// Wire name: `Filters`.
    #[serde(rename = "Filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<Vec<crate::types::Filter>>,
    /// Number of returned results. It defaults to `20`. The maximum is 100. For more information on `Limit`, see the relevant section in the API [Overview](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// Default: `20`. Maximum: 100.
    ///
    /// Wire name: `Limit`.
    #[serde(rename = "Limit", default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u64>,
    /// Offset. The default value is `0`. For more information on `Offset`, see the relevant section in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).
    ///
    /// Default: `0`.
    ///
    /// Wire name: `Offset`.
    #[serde(rename = "Offset", default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u64>,
    /// Whether to hide the command output result. valid values:.
    ///
    /// - true: hide output.
    /// - false: do not hide.
    ///
    /// The default value is true.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `HideOutput`.
    #[serde(rename = "HideOutput", default, skip_serializing_if = "Option::is_none")]
    pub hide_output: Option<bool>,
}

/// Response of `DescribeInvocationTasks`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeInvocationTasksResponse {
    /// Total number of matching execution tasks.
    ///
    /// Wire name: `TotalCount`.
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<u64>,
    /// List of execution tasks.
    ///
    /// Wire name: `InvocationTaskSet`.
    #[serde(
        rename = "InvocationTaskSet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub invocation_task_set: Option<Vec<crate::types::InvocationTask>>,
    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl DescribeInvocationTasksResponse {
    /// Total number of matching execution tasks (`TotalCount`).
    pub fn total_count(&self) -> Option<u64> {
        self.total_count
    }

    /// List of execution tasks (`InvocationTaskSet`).
    pub fn invocation_task_set(&self) -> &[crate::types::InvocationTask] {
        self.invocation_task_set.as_deref().unwrap_or_default()
    }

    /// The unique request ID, generated by the server, will be returned for every request (if the request fails to reach the server for other reasons, the request will not obtain a RequestId). RequestId is required for locating a problem (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The filter names `Filters` accepts (each a `Filter`'s `Name`), as the page documents them.
pub mod filters {
    /// `invocation-task-id`: (filter condition) filter by executing task id.
    pub const INVOCATION_TASK_ID: &str = "invocation-task-id";
    /// `invocation-id`: (filter condition) filter by the execution activity id. you can obtain it through the [DescribeInvocations](https://www.tencentcloud.com/document/api/1340/52679?from_cn_redirect=1) api.
    pub const INVOCATION_ID: &str = "invocation-id";
    /// `instance-id`: (filtering conditions) filter by instance id. you can get the instance id through the query instance interface of corresponding cloud services. currently supported instance types: CVM, Lighthouse, and managed instances of TAT.
    pub const INSTANCE_ID: &str = "instance-id";
    /// `command-id`: (filter criteria) filter by command id. obtain through the api [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1).
    pub const COMMAND_ID: &str = "command-id";
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeInvocationTasks",
    command: "describe-invocation-tasks",
    description: sdk_shape::Text::both(
        "This API is used to query execution task details.",
        "此接口用于查询执行任务详情。",
    ),
    rate_limit: Some(20u32),
    region_required: true,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "InvocationTaskIds",
            flag: "invocation-task-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "List of execution task IDs. Up to 100 IDs are allowed for each request. `InvocationTaskIds` and `Filters` cannot be specified at the same time.",
                "执行任务ID列表，每次请求的上限为100。参数不支持同时指定 `InvocationTaskIds` 和 `Filters`。",
            ),
            list: true,
            example: Some("[\"invt-xxxxxxxx\"]"),
            max_items: Some(100u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Filters",
            flag: "filters",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::filter::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Filter conditions.\n\nThe maximum number of `Filters` per request is 10, and that of `Filter.Values` is 5. the `InvocationTaskIds` and `Filters` parameters cannot be specified at the same time.",
                "过滤条件。\n\n每次请求的 `Filters` 的上限为10， `Filter.Values` 的上限为5。参数不支持同时指定 `InvocationTaskIds` 和 `Filters` 。",
            ),
            list: true,
            max_items: Some(10u32),
            filter: Some(
                &sdk_shape::FilterShape {
                    max_values: Some(5u32),
                    names: &[
                        sdk_shape::FilterName {
                            name: "invocation-task-id",
                            description: sdk_shape::Text::both(
                                "(filter condition) filter by executing task id.",
                                "（过滤条件）按照执行任务ID过滤。",
                            ),
                        },
                        sdk_shape::FilterName {
                            name: "invocation-id",
                            description: sdk_shape::Text::both(
                                "(filter condition) filter by the execution activity id. you can obtain it through the [DescribeInvocations](https://www.tencentcloud.com/document/api/1340/52679?from_cn_redirect=1) api.",
                                "（过滤条件）按照执行活动ID过滤。可通过 [DescribeInvocations(查询执行活动)](https://cloud.tencent.com/document/api/1340/52679) 接口获取。",
                            ),
                        },
                        sdk_shape::FilterName {
                            name: "instance-id",
                            description: sdk_shape::Text::both(
                                "(filtering conditions) filter by instance id. you can get the instance id through the query instance interface of corresponding cloud services. currently supported instance types: CVM, Lighthouse, and managed instances of TAT.",
                                "（过滤条件）按照实例ID过滤。可通过对应云产品的查询实例接口获取实例 ID。目前支持实例类型： CVM、Lighthouse、TAT 托管实例",
                            ),
                        },
                        sdk_shape::FilterName {
                            name: "command-id",
                            description: sdk_shape::Text::both(
                                "(filter criteria) filter by command id. obtain through the api [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1).",
                                "（过滤条件）按照命令ID过滤。可通过 [DescribeCommands(查询命令详情)](https://cloud.tencent.com/document/api/1340/52681) 接口获取。",
                            ),
                        },
                    ],
                },
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Limit",
            flag: "limit",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Number of returned results. It defaults to `20`. The maximum is 100. For more information on `Limit`, see the relevant section in the API [Overview](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).",
                "返回数量，默认为20，最大值为100。关于 `Limit` 的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。",
            ),
            default: Some("20"),
            example: Some("10"),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Offset",
            flag: "offset",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Offset. The default value is `0`. For more information on `Offset`, see the relevant section in API [Introduction](https://intl.cloud.tencent.com/document/api/213/15688?from_cn_redirect=1).",
                "偏移量，默认为0。关于 `Offset` 的更进一步介绍请参考 API [简介](https://cloud.tencent.com/document/api/213/15688)中的相关小节。",
            ),
            default: Some("0"),
            example: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HideOutput",
            flag: "hide-output",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Whether to hide the command output result. valid values:.\n\n- true: hide output.\n- false: do not hide.\n\nThe default value is true.",
                "是否隐藏命令输出结果，取值范围：\n\n- true：隐藏输出\n- false：不隐藏\n\n默认为 true。",
            ),
            default: Some("true"),
            example: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "TotalCount",
            flag: "total-count",
            kind: sdk_shape::Kind::Uint64,
            description: sdk_shape::Text::both(
                "Total number of matching execution tasks.",
                "符合条件的执行任务总数。",
            ),
            example: Some("3"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvocationTaskSet",
            flag: "invocation-task-set",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::invocation_task::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "List of execution tasks.",
                "执行任务列表。",
            ),
            list: true,
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
    rules: &[sdk_shape::Rule::MutuallyExclusive(&["InvocationTaskIds", "Filters"])],
    errors: &[
        sdk_shape::ErrorShape {
            code: "InternalError",
            description: sdk_shape::Text::en("内部错误。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter",
            description: sdk_shape::Text::en("参数错误。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameter.ConflictParameter",
            description: sdk_shape::Text::en("参数冲突。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue",
            description: sdk_shape::Text::en("参数取值错误。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidCommandId",
            description: sdk_shape::Text::en("CommandId 无效。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidFilter",
            description: sdk_shape::Text::en("Filter 无效。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInstanceId",
            description: sdk_shape::Text::en("实例ID无效。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvocationId",
            description: sdk_shape::Text::en("不合法的执行活动ID。"),
        },
        sdk_shape::ErrorShape {
            code: "InvalidParameterValue.InvalidInvocationTaskId",
            description: sdk_shape::Text::en("不合法的执行任务ID。"),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.CamAuthFailed",
            description: sdk_shape::Text::en("CAM鉴权失败。"),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.InvalidToken",
            description: sdk_shape::Text::en("Token 无效。"),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.MFAExpired",
            description: sdk_shape::Text::en(
                "Multi-Factor Authentication(MFA) 过期。",
            ),
        },
        sdk_shape::ErrorShape {
            code: "UnauthorizedOperation.MFANotFound",
            description: sdk_shape::Text::en(
                "Multi-Factor Authentication(MFA) 不存在。",
            ),
        },
        sdk_shape::ErrorShape {
            code: "UnsupportedOperation",
            description: sdk_shape::Text::en("操作不支持。"),
        },
    ],
    examples: &[
        sdk_shape::ExampleShape {
            title: sdk_shape::Text::both(
                "Query All Task Execution Details Based on Execution Activity ID",
                "根据执行活动ID查询所有执行任务详情",
            ),
            description: sdk_shape::Text::NONE,
            request: "{\n  \"Offset\": 0,\n  \"Limit\": 10,\n  \"HideOutput\": false,\n  \"Filters\": [\n    {\n      \"Name\": \"invocation-id\",\n      \"Values\": [\n        \"inv-1vll7hda\"\n      ]\n    }\n  ]\n}",
            response: "{\n  \"Response\": {\n    \"RequestId\": \"a1df9725-51c6-466d-a038-4c86461a8e26\",\n    \"TotalCount\": 1,\n    \"InvocationTaskSet\": [\n      {\n        \"CommandId\": \"cmd-13axrtuq\",\n        \"CommandDocument\": {\n          \"Content\": \"d2hvYW1p\",\n          \"CommandType\": \"SHELL\",\n          \"Timeout\": 1,\n          \"Username\": \"root\",\n          \"WorkingDirectory\": \"/root/\",\n          \"OutputCOSBucketUrl\": \"https://example-123456789.cos.ap-beijing.myqcloud.com\",\n          \"OutputCOSKeyPrefix\": \"datalog\"\n        },\n        \"InvocationId\": \"inv-1vll7hda\",\n        \"InvocationTaskId\": \"invt-08oe5fe2\",\n        \"TaskStatus\": \"SUCCESS\",\n        \"InstanceId\": \"ins-zj0f57ex\",\n        \"TaskResult\": {\n          \"ExitCode\": 0,\n          \"Output\": \"cm9vdAo=\",\n          \"Dropped\": 0,\n          \"OutputUploadCOSErrorInfo\": \"\",\n          \"OutputUrl\": \"\",\n          \"ExecStartTime\": \"2020-11-05T07:49:58+00:00\",\n          \"ExecEndTime\": \"2020-11-05T07:50:04+00:00\"\n        },\n        \"ErrorInfo\": \"\",\n        \"InvocationSource\": \"user\",\n        \"StartTime\": \"2020-11-05T07:49:58+00:00\",\n        \"EndTime\": \"2020-11-05T07:50:04+00:00\",\n        \"CreatedTime\": \"2020-11-05T07:49:56+00:00\",\n        \"UpdatedTime\": \"2020-11-05T07:50:06+00:00\"\n      }\n    ]\n  }\n}",
        },
    ],
    pagination: Some(sdk_shape::Pagination {
        offset: "Offset",
        limit: "Limit",
        total: "TotalCount",
        items: "InvocationTaskSet",
    }),
    http: None,
};
