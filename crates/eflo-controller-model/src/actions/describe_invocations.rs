// @generated from spec/eflo-controller/2022-12-15/actions/DescribeInvocations.json by `cargo xtask codegen`; do not edit.
//! The `DescribeInvocations` action: 查询运维助手命令的执行列表和状态

/// 查询运维助手命令的执行列表和状态。
///
/// Marker type tying the request and response of `DescribeInvocations` together.
///
/// Error codes its page documents, each a variant of [`crate::ErrorCode`] (which holds every code of the service, any action may return them):
/// - `MissingInvokeId`: The required member InvokeId is missing.
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeInvocations;

impl sdk_shape::Action for DescribeInvocations {
    type Request = DescribeInvocationsRequest;
    type Response = DescribeInvocationsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeInvocations`: 查询运维助手命令的执行列表和状态。
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeInvocationsRequest {
    /// The encoding method for the CommandContent and Output fields in the response. Valid values:
    ///
    /// - PlainText: Returns the original command content and output.
    /// - Base64 (default): Returns the Base64-encoded command content and output.
    ///
    /// Wire name: `ContentEncoding`.
    #[serde(
        rename = "ContentEncoding",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub content_encoding: Option<crate::types::ContentEncoding>,
    /// Specifies whether to return the command output in the results.
    ///
    /// - true: Returns the output. In this case, specify at least the InvokeId or InstanceId parameter.
    /// - false (default): Does not return the output.
    ///
    /// Wire name: `IncludeOutput`.
    #[serde(rename = "IncludeOutput", default, skip_serializing_if = "Option::is_none")]
    pub include_output: Option<bool>,
    /// The command execution ID.
    ///
    /// Required.
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// The instance ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

/// Response of `DescribeInvocations`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeInvocationsResponse {
    /// The script execution records.
    ///
    /// Wire name: `Invocations`.
    #[serde(rename = "Invocations", default, skip_serializing_if = "Option::is_none")]
    pub invocations: Option<crate::types::Invocations>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl DescribeInvocationsResponse {
    /// The script execution records (`Invocations`).
    pub fn invocations(&self) -> Option<&crate::types::Invocations> {
        self.invocations.as_ref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeInvocations",
    command: "describe-invocations",
    description: sdk_shape::Text::zh(
        "查询运维助手命令的执行列表和状态。",
    ),
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ContentEncoding",
            flag: "content-encoding",
            kind: sdk_shape::Kind::Enum(&crate::types::content_encoding::SHAPE),
            description: sdk_shape::Text::both(
                "The encoding method for the CommandContent and Output fields in the response. Valid values:\n\n- PlainText: Returns the original command content and output.\n- Base64 (default): Returns the Base64-encoded command content and output.",
                "设置返回数据中 CommandContent 和 Output 字段的编码方式。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IncludeOutput",
            flag: "include-output",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Specifies whether to return the command output in the results.\n\n- true: Returns the output. In this case, specify at least the InvokeId or InstanceId parameter.\n- false (default): Does not return the output.",
                "是否在结果中返回命令运行的输出信息。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The command execution ID.",
                "命令执行 ID。",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("The instance ID.", "实例 ID。"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "Invocations",
            flag: "invocations",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::invocations::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "The script execution records.",
                "脚本执行记录对象。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("The request ID.", "请求 ID。"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[
        sdk_shape::ErrorShape {
            code: "MissingInvokeId",
            description: sdk_shape::Text::en("The required member InvokeId is missing."),
        },
    ],
    examples: &[
        sdk_shape::ExampleShape {
            title: sdk_shape::Text::en("正常返回示例"),
            description: sdk_shape::Text::NONE,
            request: "",
            response: "{\n  \"RequestId\": \"4FD06DF0-9167-5C6F-A145-F30CA4A15D54\",\n  \"Invocations\": {\n    \"Invocation\": [\n      {\n        \"CreationTime\": \"2020-01-19T09:15:46Z\",\n        \"Frequency\": \"0 */20 * * * *\",\n        \"InvocationStatus\": \"Success\",\n        \"RepeatMode\": \"Once\",\n        \"InvokeStatus\": \"Running\",\n        \"Parameters\": \"{}\",\n        \"CommandContent\": \"cnBtIC1xYSB8IGdyZXAgdnNm****\",\n        \"CommandName\": \"CommandTestName\",\n        \"CommandDescription\": \"testDescription\",\n        \"InvokeId\": \"t-ind3k9ytvvduoe8\",\n        \"Username\": \"root\",\n        \"WorkingDir\": \"/home\",\n        \"Timeout\": 60,\n        \"InvokeNodes\": {\n          \"InvokeNode\": [\n            {\n              \"CreationTime\": \"2023-02-06T07:12:50Z\",\n              \"UpdateTime\": \"2023-02-06T07:12:50Z\",\n              \"FinishTime\": \"2023-02-06T07:12:50Z\",\n              \"InvocationStatus\": \"Pending\",\n              \"Repeats\": 0,\n              \"NodeId\": \"e01-cn-lbj36wkp70b\",\n              \"Output\": \"OutPutTestmsg\",\n              \"Dropped\": 0,\n              \"StopTime\": \"2019-12-20T06:15:55Z\\t\\n\",\n              \"ExitCode\": 0,\n              \"StartTime\": \"2019-12-20T06:15:55Z\",\n              \"ErrorInfo\": \"the specified node does not exists\",\n              \"Timed\": \"false\",\n              \"ErrorCode\": \" NodeNotExists\",\n              \"NodeInvokeStatus\": \"Finished\"\n            }\n          ]\n        }\n      }\n    ]\n  }\n}",
        },
    ],
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
