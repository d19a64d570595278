// @generated from spec/cs/2015-12-15/types/Target.json by `cargo xtask codegen`; do not edit.
//! The `Target` data type.

/// The task execution target.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Target {
    /// The ID of the task execution target.
    ///
    /// Wire name: `id`.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of the task execution target.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Target {
    /// The ID of the task execution target (`id`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The type of the task execution target (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Target {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Target",
    description: sdk_shape::Text::en("The task execution target."),
    members: &[
        sdk_shape::MemberShape {
            name: "id",
            flag: "id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the task execution target."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the task execution target."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
