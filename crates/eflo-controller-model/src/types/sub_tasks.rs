// @generated from spec/eflo-controller/2022-12-15/types/SubTasks.json by `cargo xtask codegen`; do not edit.
//! The `SubTasks` data type.

/// The subtasks.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SubTasks {
    /// The creation time. The Z in the example indicates UTC.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The subtask failure message.
    ///
    /// Wire name: `Message`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// The task execution state.
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

impl SubTasks {
    /// The creation time. The Z in the example indicates UTC (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The subtask failure message (`Message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The node ID (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }

    /// The task execution state (`TaskState`).
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

impl SubTasks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "SubTasks",
    description: sdk_shape::Text::en("The subtasks."),
    members: &[
        sdk_shape::MemberShape {
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time. The Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The subtask failure message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskId",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskState",
            flag: "task-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task execution state."),
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
};
