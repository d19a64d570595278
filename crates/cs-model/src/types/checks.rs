// @generated from spec/cs/2015-12-15/types/Checks.json by `cargo xtask codegen`; do not edit.
//! The `Checks` data type.

/// The list of checks.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Checks {
    /// The check ID.
    ///
    /// Wire name: `check_id`.
    #[serde(rename = "check_id", default, skip_serializing_if = "Option::is_none")]
    pub check_id: Option<String>,
    /// The creation time in ISO 8601 format, including time zone information.
    ///
    /// Wire name: `created_at`.
    #[serde(rename = "created_at", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The completion time.
    ///
    /// Wire name: `finished_at`.
    #[serde(rename = "finished_at", default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// The check status message.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The check status.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The check type.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Checks {
    /// The check ID (`check_id`).
    pub fn check_id(&self) -> Option<&str> {
        self.check_id.as_deref()
    }

    /// The creation time in ISO 8601 format, including time zone information (`created_at`).
    pub fn created_at(&self) -> Option<&str> {
        self.created_at.as_deref()
    }

    /// The completion time (`finished_at`).
    pub fn finished_at(&self) -> Option<&str> {
        self.finished_at.as_deref()
    }

    /// The check status message (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The check status (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The check type (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Checks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Checks",
    description: sdk_shape::Text::en("The list of checks."),
    members: &[
        sdk_shape::MemberShape {
            name: "check_id",
            flag: "check-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "created_at",
            flag: "created-at",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time in ISO 8601 format, including time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "finished_at",
            flag: "finished-at",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The completion time."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check status message."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The check type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
