// @generated from spec/cs/2015-12-15/types/Envs.json by `cargo xtask codegen`; do not edit.
//! The `Envs` data type.

/// The environment variables of the node component.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Envs {
    /// The name of the environment variable.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The value of the environment variable.
    ///
    /// Wire name: `value`.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Envs {
    /// Sets `name`: The name of the environment variable.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `value`: The value of the environment variable.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The name of the environment variable (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The value of the environment variable (`value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl Envs {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Envs",
    description: sdk_shape::Text::en("The environment variables of the node component."),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the environment variable."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The value of the environment variable."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
