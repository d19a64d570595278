// @generated from spec/cs/2015-12-15/types/InstallNodePoolComponentsComponents.json by `cargo xtask codegen`; do not edit.
//! The `InstallNodePoolComponentsComponents` data type.

/// The list of node components.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct InstallNodePoolComponentsComponents {
    /// The configuration of the component.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::types::InstallNodePoolComponentsConfig>,
    /// The name of the component.
    ///
    /// Required.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name")]
    pub name: String,
    /// The version of the component.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl InstallNodePoolComponentsComponents {
    /// A `InstallNodePoolComponentsComponents` with its required members `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            config: None,
            name: name.into(),
            version: None,
        }
    }

    /// Sets `config`: The configuration of the component.
    pub fn with_config(
        mut self,
        value: impl Into<crate::types::InstallNodePoolComponentsConfig>,
    ) -> Self {
        self.config = Some(value.into());
        self
    }

    /// Sets `version`: The version of the component.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// The configuration of the component (`config`).
    pub fn config(&self) -> Option<&crate::types::InstallNodePoolComponentsConfig> {
        self.config.as_ref()
    }

    /// The name of the component (`name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The version of the component (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl InstallNodePoolComponentsComponents {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InstallNodePoolComponentsComponents",
    description: sdk_shape::Text::en("The list of node components."),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::install_node_pool_components_config::SHAPE,
                ),
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
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
