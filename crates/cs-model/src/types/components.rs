// @generated from spec/cs/2015-12-15/types/Components.json by `cargo xtask codegen`; do not edit.
//! The `Components` data type.

/// The list of node components.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Components {
    /// The configuration of the component.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::types::Config>,
    /// The name of the component.
    ///
    /// Required.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name")]
    pub name: String,
    /// The version of the component.
    ///
    /// Required.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version")]
    pub version: String,
}

impl Components {
    /// A `Components` with its required members `name`, `version`.
    pub fn new(name: impl Into<String>, version: impl Into<String>) -> Self {
        Self {
            config: None,
            name: name.into(),
            version: version.into(),
        }
    }

    /// Sets `config`: The configuration of the component.
    pub fn with_config(mut self, value: impl Into<crate::types::Config>) -> Self {
        self.config = Some(value.into());
        self
    }

    /// The configuration of the component (`config`).
    pub fn config(&self) -> Option<&crate::types::Config> {
        self.config.as_ref()
    }

    /// The name of the component (`name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The version of the component (`version`).
    pub fn version(&self) -> &str {
        &self.version
    }
}

impl Components {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Components",
    description: sdk_shape::Text::en("The list of node components."),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::config::SHAPE),
            ),
            description: sdk_shape::Text::en("The configuration of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The version of the component."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
