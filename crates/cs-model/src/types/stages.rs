// @generated from spec/cs/2015-12-15/types/Stages.json by `cargo xtask codegen`; do not edit.
//! The `Stages` data type.

/// The task stages.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Stages {
    /// The end time of the task stage. The format is YYYY-MM-DD HH:mm:ss.
    ///
    /// Wire name: `end_time`.
    #[serde(rename = "end_time", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The information about the task stage.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The output of the task stage.
    ///
    /// Wire name: `outputs`.
    #[serde(rename = "outputs", default, skip_serializing_if = "Option::is_none")]
    pub outputs: Option<serde_json::Value>,
    /// The start time of the task stage. The format is YYYY-MM-DD HH:mm:ss.
    ///
    /// Wire name: `start_time`.
    #[serde(rename = "start_time", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The status of the task stage.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

impl Stages {
    /// The end time of the task stage. The format is YYYY-MM-DD HH:mm:ss (`end_time`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The information about the task stage (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The output of the task stage (`outputs`).
    pub fn outputs(&self) -> Option<&serde_json::Value> {
        self.outputs.as_ref()
    }

    /// The start time of the task stage. The format is YYYY-MM-DD HH:mm:ss (`start_time`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The status of the task stage (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }
}

impl Stages {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Stages",
    description: sdk_shape::Text::en("The task stages."),
    members: &[
        sdk_shape::MemberShape {
            name: "end_time",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time of the task stage. The format is YYYY-MM-DD HH:mm:ss.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The information about the task stage."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "outputs",
            flag: "outputs",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The output of the task stage."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "start_time",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the task stage. The format is YYYY-MM-DD HH:mm:ss.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status of the task stage."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
