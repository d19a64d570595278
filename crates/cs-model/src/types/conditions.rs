// @generated from spec/cs/2015-12-15/types/Conditions.json by `cargo xtask codegen`; do not edit.
//! The `Conditions` data type.

/// The current conditions of the node pool, which indicate the status information of the node pool in different dimensions.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Conditions {
    /// The time of the last status transition, in ISO 8601 format with time zone information.
    ///
    /// Wire name: `last_transition_time`.
    #[serde(
        rename = "last_transition_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_transition_time: Option<String>,
    /// The detailed information.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The reason.
    ///
    /// Wire name: `reason`.
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The status.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Conditions {
    /// The time of the last status transition, in ISO 8601 format with time zone information (`last_transition_time`).
    pub fn last_transition_time(&self) -> Option<&str> {
        self.last_transition_time.as_deref()
    }

    /// The detailed information (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The reason (`reason`).
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The status (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The type (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Conditions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Conditions",
    description: sdk_shape::Text::en(
        "The current conditions of the node pool, which indicate the status information of the node pool in different dimensions.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "last_transition_time",
            flag: "last-transition-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time of the last status transition, in ISO 8601 format with time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The detailed information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "reason",
            flag: "reason",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The reason."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
