// @generated from spec/eflo-controller/2022-12-15/types/Steps.json by `cargo xtask codegen`; do not edit.
//! The `Steps` data type.

/// The execution steps.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Steps {
    /// The step failure message.
    ///
    /// Wire name: `Message`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The stage tag.
    ///
    /// Wire name: `StageTag`.
    #[serde(rename = "StageTag", default, skip_serializing_if = "Option::is_none")]
    pub stage_tag: Option<String>,
    /// The start time. Z in the example indicates UTC.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The step name.
    ///
    /// Wire name: `StepName`.
    #[serde(rename = "StepName", default, skip_serializing_if = "Option::is_none")]
    pub step_name: Option<String>,
    /// The step execution state.
    ///
    /// Wire name: `StepState`.
    #[serde(rename = "StepState", default, skip_serializing_if = "Option::is_none")]
    pub step_state: Option<String>,
    /// The step type.
    ///
    /// Wire name: `StepType`.
    #[serde(rename = "StepType", default, skip_serializing_if = "Option::is_none")]
    pub step_type: Option<String>,
    /// The subtasks.
    ///
    /// Wire name: `SubTasks`.
    #[serde(rename = "SubTasks", default, skip_serializing_if = "Option::is_none")]
    pub sub_tasks: Option<Vec<crate::types::SubTasks>>,
    /// The update time. Uses ISO 8601 format. The Z in the example indicates UTC.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
}

impl Steps {
    /// The step failure message (`Message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The stage tag (`StageTag`).
    pub fn stage_tag(&self) -> Option<&str> {
        self.stage_tag.as_deref()
    }

    /// The start time. Z in the example indicates UTC (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The step name (`StepName`).
    pub fn step_name(&self) -> Option<&str> {
        self.step_name.as_deref()
    }

    /// The step execution state (`StepState`).
    pub fn step_state(&self) -> Option<&str> {
        self.step_state.as_deref()
    }

    /// The step type (`StepType`).
    pub fn step_type(&self) -> Option<&str> {
        self.step_type.as_deref()
    }

    /// The subtasks (`SubTasks`).
    pub fn sub_tasks(&self) -> &[crate::types::SubTasks] {
        self.sub_tasks.as_deref().unwrap_or_default()
    }

    /// The update time. Uses ISO 8601 format. The Z in the example indicates UTC (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }
}

impl Steps {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Steps",
    description: sdk_shape::Text::en("The execution steps."),
    members: &[
        sdk_shape::MemberShape {
            name: "Message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The step failure message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StageTag",
            flag: "stage-tag",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The stage tag."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StepName",
            flag: "step-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The step name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StepState",
            flag: "step-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The step execution state."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StepType",
            flag: "step-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The step type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SubTasks",
            flag: "sub-tasks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::sub_tasks::SHAPE),
            ),
            description: sdk_shape::Text::en("The subtasks."),
            list: true,
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
