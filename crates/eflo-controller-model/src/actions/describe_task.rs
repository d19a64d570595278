// @generated from spec/eflo-controller/2022-12-15/actions/DescribeTask.json by `cargo xtask codegen`; do not edit.
//! The `DescribeTask` action:

/// Marker type tying the request and response of `DescribeTask` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeTask;

impl sdk_shape::Action for DescribeTask {
    type Request = DescribeTaskRequest;
    type Response = DescribeTaskResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeTask`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeTaskRequest {
    /// The node ID.
    ///
    /// Required.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

/// Response of `DescribeTask`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeTaskResponse {
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
    /// The start time. The value is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The task failure message.
    ///
    /// Wire name: `Message`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The list of node IDs.
    ///
    /// Wire name: `NodeIds`.
    #[serde(rename = "NodeIds", default, skip_serializing_if = "Option::is_none")]
    pub node_ids: Option<Vec<String>>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The execution steps.
    ///
    /// Wire name: `Steps`.
    #[serde(rename = "Steps", default, skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<crate::types::Steps>>,
    /// The task state.
    ///
    /// Wire name: `TaskState`.
    #[serde(rename = "TaskState", default, skip_serializing_if = "Option::is_none")]
    pub task_state: Option<String>,
    /// The task type.
    ///
    /// Wire name: `TaskType`.
    #[serde(rename = "TaskType", default, skip_serializing_if = "Option::is_none")]
    pub task_type: Option<String>,
    /// The update time. Uses ISO 8601 format. The Z in the example indicates UTC.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

impl DescribeTaskResponse {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The start time. The value is in ISO 8601 format. Z in the example indicates UTC (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The task failure message (`Message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The list of node IDs (`NodeIds`).
    pub fn node_ids(&self) -> &[String] {
        self.node_ids.as_deref().unwrap_or_default()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The execution steps (`Steps`).
    pub fn steps(&self) -> &[crate::types::Steps] {
        self.steps.as_deref().unwrap_or_default()
    }

    /// The task state (`TaskState`).
    pub fn task_state(&self) -> Option<&str> {
        self.task_state.as_deref()
    }

    /// The task type (`TaskType`).
    pub fn task_type(&self) -> Option<&str> {
        self.task_type.as_deref()
    }

    /// The update time. Uses ISO 8601 format. The Z in the example indicates UTC (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeTask",
    command: "describe-task",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "TaskId",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            required: true,
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
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. The value is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task failure message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIds",
            flag: "node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of node IDs."),
            list: true,
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
            name: "Steps",
            flag: "steps",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::steps::SHAPE),
            ),
            description: sdk_shape::Text::en("The execution steps."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskState",
            flag: "task-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task state."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskType",
            flag: "task-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdateTime",
            flag: "update-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The update time. Uses ISO 8601 format. The Z in the example indicates UTC.",
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
