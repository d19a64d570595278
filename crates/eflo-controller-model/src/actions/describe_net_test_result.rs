// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNetTestResult.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNetTestResult` action:

/// Marker type tying the request and response of `DescribeNetTestResult` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeNetTestResult;

impl sdk_shape::Action for DescribeNetTestResult {
    type Request = DescribeNetTestResultRequest;
    type Response = DescribeNetTestResultResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeNetTestResult`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeNetTestResultRequest {
    /// The test task ID.
    ///
    /// Wire name: `TestId`.
    #[serde(rename = "TestId", default, skip_serializing_if = "Option::is_none")]
    pub test_id: Option<String>,
}

/// Response of `DescribeNetTestResult`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNetTestResultResponse {
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
    /// The communication library test configuration. This field is required when the traffic test type is communication library test.
    ///
    /// Wire name: `CommTest`.
    #[serde(rename = "CommTest", default, skip_serializing_if = "Option::is_none")]
    pub comm_test: Option<crate::types::CommTest>,
    /// The time when the diagnostic task was created. The time is in ISO 8601 format and includes the time zone offset.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The latency test configuration. This field is required when the network test type is latency test.
    ///
    /// Wire name: `DelayTest`.
    #[serde(rename = "DelayTest", default, skip_serializing_if = "Option::is_none")]
    pub delay_test: Option<crate::types::DelayTest>,
    /// The time when the diagnostic task was completed. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `FinishedTime`.
    #[serde(rename = "FinishedTime", default, skip_serializing_if = "Option::is_none")]
    pub finished_time: Option<String>,
    /// The network test type.
    ///
    /// Wire name: `NetTestType`.
    #[serde(rename = "NetTestType", default, skip_serializing_if = "Option::is_none")]
    pub net_test_type: Option<String>,
    /// The test port number.
    ///
    /// Wire name: `Port`.
    #[serde(rename = "Port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The details of the diagnostic result. The value is returned as a JSON string.
    ///
    /// Wire name: `ResultDetial`.
    #[serde(rename = "ResultDetial", default, skip_serializing_if = "Option::is_none")]
    pub result_detial: Option<String>,
    /// The status of the diagnostic task. Valid values:
    ///
    /// - InProgress: The diagnostic task is in progress.
    /// - Finished: The diagnostic task is complete.
    /// - Failed: The diagnostic task failed.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The ID of the test task. This is the unique identifier of the network test task.
    ///
    /// Wire name: `TestId`.
    #[serde(rename = "TestId", default, skip_serializing_if = "Option::is_none")]
    pub test_id: Option<String>,
    /// If [TrafficModel](crate::types::TrafficModel) is set to Fullmesh, this field is empty.
    ///
    /// Wire name: `TrafficTest`.
    #[serde(rename = "TrafficTest", default, skip_serializing_if = "Option::is_none")]
    pub traffic_test: Option<crate::types::TrafficTest>,
}

impl DescribeNetTestResultResponse {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The communication library test configuration. This field is required when the traffic test type is communication library test (`CommTest`).
    pub fn comm_test(&self) -> Option<&crate::types::CommTest> {
        self.comm_test.as_ref()
    }

    /// The time when the diagnostic task was created. The time is in ISO 8601 format and includes the time zone offset (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The latency test configuration. This field is required when the network test type is latency test (`DelayTest`).
    pub fn delay_test(&self) -> Option<&crate::types::DelayTest> {
        self.delay_test.as_ref()
    }

    /// The time when the diagnostic task was completed. The time is in ISO 8601 format. Z in the example indicates UTC (`FinishedTime`).
    pub fn finished_time(&self) -> Option<&str> {
        self.finished_time.as_deref()
    }

    /// The network test type (`NetTestType`).
    pub fn net_test_type(&self) -> Option<&str> {
        self.net_test_type.as_deref()
    }

    /// The test port number (`Port`).
    pub fn port(&self) -> Option<&str> {
        self.port.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The details of the diagnostic result. The value is returned as a JSON string (`ResultDetial`).
    pub fn result_detial(&self) -> Option<&str> {
        self.result_detial.as_deref()
    }

    /// The status of the diagnostic task. Valid values: (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The ID of the test task. This is the unique identifier of the network test task (`TestId`).
    pub fn test_id(&self) -> Option<&str> {
        self.test_id.as_deref()
    }

    /// If [TrafficModel](crate::types::TrafficModel) is set to Fullmesh, this field is empty (`TrafficTest`).
    pub fn traffic_test(&self) -> Option<&crate::types::TrafficTest> {
        self.traffic_test.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeNetTestResult",
    command: "describe-net-test-result",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "TestId",
            flag: "test-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The test task ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
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
                sdk_shape::StructRef::to(&crate::types::comm_test::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The communication library test configuration. This field is required when the traffic test type is communication library test.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the diagnostic task was created. The time is in ISO 8601 format and includes the time zone offset.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DelayTest",
            flag: "delay-test",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::delay_test::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The latency test configuration. This field is required when the network test type is latency test.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishedTime",
            flag: "finished-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the diagnostic task was completed. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NetTestType",
            flag: "net-test-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The network test type."),
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
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResultDetial",
            flag: "result-detial",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The details of the diagnostic result. The value is returned as a JSON string.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The status of the diagnostic task. Valid values:\n\n- InProgress: The diagnostic task is in progress.\n- Finished: The diagnostic task is complete.\n- Failed: The diagnostic task failed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TestId",
            flag: "test-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the test task. This is the unique identifier of the network test task.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TrafficTest",
            flag: "traffic-test",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::traffic_test::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "If TrafficModel is set to Fullmesh, this field is empty.",
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
