// @generated from spec/cs/2015-12-15/types/Data.json by `cargo xtask codegen`; do not edit.
//! The `Data` data type.

/// The event description.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// The event level.
    ///
    /// Wire name: `level`.
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The event details.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The event status.
    ///
    /// Wire name: `reason`.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Data {
    /// The event level (`level`).
    pub fn level(&self) -> Option<&str> {
        self.level.as_deref()
    }

    /// The event details (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The event status (`reason`).
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }
}

impl Data {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Data",
    description: sdk_shape::Text::en("The event description."),
    members: &[
        sdk_shape::MemberShape {
            name: "level",
            flag: "level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The event level."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The event details."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "reason",
            flag: "reason",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The event status."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
