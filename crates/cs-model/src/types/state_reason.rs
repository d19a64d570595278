// @generated from spec/cs/2015-12-15/types/StateReason.json by `cargo xtask codegen`; do not edit.
//! The `StateReason` data type.

/// The reason for the current state.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StateReason {
    /// The code.
    ///
    /// Wire name: `code`.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The message.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl StateReason {
    /// The code (`code`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The message (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
}

impl StateReason {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "StateReason",
    description: sdk_shape::Text::en("The reason for the current state."),
    members: &[
        sdk_shape::MemberShape {
            name: "code",
            flag: "code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The code."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The message."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
