// @generated from spec/eflo-controller/2022-12-15/types/NetTestResults.json by `cargo xtask codegen`; do not edit.
//! The `NetTestResults` data type.

/// The node list.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NetTestResults {
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
    /// The communication library test information. This parameter is required when the test type is communication library test.
    ///
    /// Wire name: `CommTest`.
    #[serde(rename = "CommTest", default, skip_serializing_if = "Option::is_none")]
    pub comm_test: Option<crate::types::CommTest>,
    /// The creation time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreationTime`.
    #[serde(rename = "CreationTime", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The latency test information. This parameter is returned when the network test type is latency test.
    ///
    /// Wire name: `DelayTest`.
    #[serde(rename = "DelayTest", default, skip_serializing_if = "Option::is_none")]
    pub delay_test: Option<crate::types::DelayTest>,
    /// The completion time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `FinishedTime`.
    #[serde(rename = "FinishedTime", default, skip_serializing_if = "Option::is_none")]
    pub finished_time: Option<String>,
    /// The network test type.
    ///
    /// Wire name: `NetTestType`.
    #[serde(rename = "NetTestType", default, skip_serializing_if = "Option::is_none")]
    pub net_test_type: Option<String>,
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
    /// The network test task status. Valid values:
    ///
    /// - InProgress: The test is in progress.
    /// - Finished: The test is complete.
    /// - Failed: The test failed.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The test ID. The unique identifier of the resource test task.
    ///
    /// Wire name: `TestId`.
    #[serde(rename = "TestId", default, skip_serializing_if = "Option::is_none")]
    pub test_id: Option<String>,
    /// The traffic test information. This parameter is returned when the network test type is traffic test.
    ///
    /// Wire name: `TrafficTest`.
    #[serde(rename = "TrafficTest", default, skip_serializing_if = "Option::is_none")]
    pub traffic_test: Option<crate::types::TrafficTest>,
}

impl NetTestResults {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The communication library test information. This parameter is required when the test type is communication library test (`CommTest`).
    pub fn comm_test(&self) -> Option<&crate::types::CommTest> {
        self.comm_test.as_ref()
    }

    /// The creation time. The time is in ISO 8601 format. Z in the example indicates UTC (`CreationTime`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The latency test information. This parameter is returned when the network test type is latency test (`DelayTest`).
    pub fn delay_test(&self) -> Option<&crate::types::DelayTest> {
        self.delay_test.as_ref()
    }

    /// The completion time. The time is in ISO 8601 format. Z in the example indicates UTC (`FinishedTime`).
    pub fn finished_time(&self) -> Option<&str> {
        self.finished_time.as_deref()
    }

    /// The network test type (`NetTestType`).
    pub fn net_test_type(&self) -> Option<&str> {
        self.net_test_type.as_deref()
    }

    /// The network mode (`NetworkMode`).
    pub fn network_mode(&self) -> Option<&str> {
        self.network_mode.as_deref()
    }

    /// The test port number (`Port`).
    pub fn port(&self) -> Option<&str> {
        self.port.as_deref()
    }

    /// The network test task status. Valid values: (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The test ID. The unique identifier of the resource test task (`TestId`).
    pub fn test_id(&self) -> Option<&str> {
        self.test_id.as_deref()
    }

    /// The traffic test information. This parameter is returned when the network test type is traffic test (`TrafficTest`).
    pub fn traffic_test(&self) -> Option<&crate::types::TrafficTest> {
        self.traffic_test.as_ref()
    }
}

impl NetTestResults {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NetTestResults",
    description: sdk_shape::Text::en("The node list."),
    members: &[
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
                "The communication library test information. This parameter is required when the test type is communication library test.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreationTime",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time. The time is in ISO 8601 format. Z in the example indicates UTC.",
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
                "The latency test information. This parameter is returned when the network test type is latency test.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishedTime",
            flag: "finished-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The completion time. The time is in ISO 8601 format. Z in the example indicates UTC.",
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
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The network test task status. Valid values:\n\n- InProgress: The test is in progress.\n- Finished: The test is complete.\n- Failed: The test failed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TestId",
            flag: "test-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The test ID. The unique identifier of the resource test task.",
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
                "The traffic test information. This parameter is returned when the network test type is traffic test.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
