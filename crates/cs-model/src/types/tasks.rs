// @generated from spec/cs/2015-12-15/types/Tasks.json by `cargo xtask codegen`; do not edit.
//! The `Tasks` data type.

/// The array of tasks.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Tasks {
    /// The creation time.
    ///
    /// Wire name: `created`.
    #[serde(rename = "created", default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The node fault message.
    ///
    /// Wire name: `error`.
    #[serde(rename = "error", default, skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::types::Error>,
    /// The task status.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// The task type.
    ///
    /// Wire name: `task_type`.
    #[serde(rename = "task_type", default, skip_serializing_if = "Option::is_none")]
    pub task_type: Option<String>,
    /// The update time.
    ///
    /// Wire name: `updated`.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

impl Tasks {
    /// The creation time (`created`).
    pub fn created(&self) -> Option<&str> {
        self.created.as_deref()
    }

    /// The node fault message (`error`).
    pub fn error(&self) -> Option<&crate::types::Error> {
        self.error.as_ref()
    }

    /// The task status (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }

    /// The task type (`task_type`).
    pub fn task_type(&self) -> Option<&str> {
        self.task_type.as_deref()
    }

    /// The update time (`updated`).
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }
}

impl Tasks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Tasks",
    description: sdk_shape::Text::en("The array of tasks."),
    members: &[
        sdk_shape::MemberShape {
            name: "created",
            flag: "created",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The creation time."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "error",
            flag: "error",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::error::SHAPE),
            ),
            description: sdk_shape::Text::en("The node fault message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_type",
            flag: "task-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "updated",
            flag: "updated",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The update time."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
