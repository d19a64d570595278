// @generated from spec/cs/2015-12-15/types/NodeComponents.json by `cargo xtask codegen`; do not edit.
//! The `NodeComponents` data type.

/// The list of node components.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NodeComponents {
    /// The configuration of the node component.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::types::Config>,
    /// The name of the node component.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The version of the node component.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl NodeComponents {
    /// Sets `config`: The configuration of the node component.
    pub fn with_config(mut self, value: impl Into<crate::types::Config>) -> Self {
        self.config = Some(value.into());
        self
    }

    /// Sets `name`: The name of the node component.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `version`: The version of the node component.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// The configuration of the node component (`config`).
    pub fn config(&self) -> Option<&crate::types::Config> {
        self.config.as_ref()
    }

    /// The name of the node component (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The version of the node component (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl NodeComponents {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeComponents",
    description: sdk_shape::Text::en("The list of node components."),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::config::SHAPE),
            ),
            description: sdk_shape::Text::en("The configuration of the node component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the node component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The version of the node component."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
