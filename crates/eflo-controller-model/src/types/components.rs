// @generated from spec/eflo-controller/2022-12-15/types/Components.json by `cargo xtask codegen`; do not edit.
//! The `Components` data type.

/// The components (software instances).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Components {
    /// The component configuration.
    ///
    /// Wire name: `ComponentConfig`.
    #[serde(
        rename = "ComponentConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub component_config: Option<crate::types::ComponentConfig>,
    /// The component type.
    ///
    /// Wire name: `ComponentType`.
    #[serde(rename = "ComponentType", default, skip_serializing_if = "Option::is_none")]
    pub component_type: Option<String>,
}

impl Components {
    /// Sets `ComponentConfig`: The component configuration.
    pub fn with_component_config(
        mut self,
        value: impl Into<crate::types::ComponentConfig>,
    ) -> Self {
        self.component_config = Some(value.into());
        self
    }

    /// Sets `ComponentType`: The component type.
    pub fn with_component_type(mut self, value: impl Into<String>) -> Self {
        self.component_type = Some(value.into());
        self
    }

    /// The component configuration (`ComponentConfig`).
    pub fn component_config(&self) -> Option<&crate::types::ComponentConfig> {
        self.component_config.as_ref()
    }

    /// The component type (`ComponentType`).
    pub fn component_type(&self) -> Option<&str> {
        self.component_type.as_deref()
    }
}

impl Components {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Components",
    description: sdk_shape::Text::en("The components (software instances)."),
    members: &[
        sdk_shape::MemberShape {
            name: "ComponentConfig",
            flag: "component-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::component_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The component configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ComponentType",
            flag: "component-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
