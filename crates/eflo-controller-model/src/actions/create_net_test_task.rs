// @generated from spec/eflo-controller/2022-12-15/actions/CreateNetTestTask.json by `cargo xtask codegen`; do not edit.
//! The `CreateNetTestTask` action:

/// Marker type tying the request and response of `CreateNetTestTask` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateNetTestTask;

impl sdk_shape::Action for CreateNetTestTask {
    type Request = CreateNetTestTaskRequest;
    type Response = CreateNetTestTaskResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateNetTestTask`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateNetTestTaskRequest {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The cluster name.
    ///
    /// Wire name: `ClusterName`.
    #[serde(rename = "ClusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// Specify this parameter if [NetTestType](crate::types::NetTestType) is set to [CommTest](crate::types::CommTest).
    ///
    /// Wire name: `CommTest`.
    #[serde(rename = "CommTest", default, skip_serializing_if = "Option::is_none")]
    pub comm_test: Option<crate::types::CreateNetTestTaskCommTest>,
    /// Specify this parameter if [NetTestType](crate::types::NetTestType) is set to [DelayTest](crate::types::DelayTest).
    ///
    /// Wire name: `DelayTest`.
    #[serde(rename = "DelayTest", default, skip_serializing_if = "Option::is_none")]
    pub delay_test: Option<crate::types::CreateNetTestTaskDelayTest>,
    /// The type of network test. Valid values: [DelayTest](crate::types::DelayTest), [TrafficTest](crate::types::TrafficTest), and [CommTest](crate::types::CommTest).
    ///
    /// Wire name: `NetTestType`.
    #[serde(rename = "NetTestType", default, skip_serializing_if = "Option::is_none")]
    pub net_test_type: Option<crate::types::NetTestType>,
    /// The network mode.
    ///
    /// Wire name: `NetworkMode`.
    #[serde(rename = "NetworkMode", default, skip_serializing_if = "Option::is_none")]
    pub network_mode: Option<String>,
    /// The test port number.
    ///
    /// Wire name: `Port`.
    #[serde(rename = "Port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
    /// This field is empty if [TrafficModel](crate::types::TrafficModel) is set to Fullmesh.
    ///
    /// Wire name: `TrafficTest`.
    #[serde(rename = "TrafficTest", default, skip_serializing_if = "Option::is_none")]
    pub traffic_test: Option<crate::types::CreateNetTestTaskTrafficTest>,
}

/// Response of `CreateNetTestTask`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateNetTestTaskResponse {
    /// The ID of the request.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the network test task. This ID is the unique identifier for the task.
    ///
    /// Wire name: `TestId`.
    #[serde(rename = "TestId", default, skip_serializing_if = "Option::is_none")]
    pub test_id: Option<String>,
}

impl CreateNetTestTaskResponse {
    /// The ID of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the network test task. This ID is the unique identifier for the task (`TestId`).
    pub fn test_id(&self) -> Option<&str> {
        self.test_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateNetTestTask",
    command: "create-net-test-task",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ClusterName",
            flag: "cluster-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommTest",
            flag: "comm-test",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_comm_test::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "Specify this parameter if NetTestType is set to CommTest.",
            ),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DelayTest",
            flag: "delay-test",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_delay_test::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "Specify this parameter if NetTestType is set to DelayTest.",
            ),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NetTestType",
            flag: "net-test-type",
            kind: sdk_shape::Kind::Enum(&crate::types::net_test_type::SHAPE),
            description: sdk_shape::Text::en(
                "The type of network test. Valid values: DelayTest, TrafficTest, and CommTest.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NetworkMode",
            flag: "network-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The network mode."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Port",
            flag: "port",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The test port number."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TrafficTest",
            flag: "traffic-test",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_net_test_task_traffic_test::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "This field is empty if TrafficModel is set to Fullmesh.",
            ),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TestId",
            flag: "test-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the network test task. This ID is the unique identifier for the task.",
            ),
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
