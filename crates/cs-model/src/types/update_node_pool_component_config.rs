// @generated from spec/cs/2015-12-15/types/UpdateNodePoolComponentConfig.json by `cargo xtask codegen`; do not edit.
//! The `UpdateNodePoolComponentConfig` data type.

/// The configuration of the node component.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateNodePoolComponentConfig {
    /// The custom configuration of the component.
    ///
    /// Wire name: `customConfig`.
    #[serde(rename = "customConfig", default, skip_serializing_if = "Option::is_none")]
    pub custom_config: Option<serde_json::Value>,
    /// The environment variables of the node component.
    ///
    /// Wire name: `envs`.
    #[serde(rename = "envs", default, skip_serializing_if = "Option::is_none")]
    pub envs: Option<Vec<crate::types::Envs>>,
}

impl UpdateNodePoolComponentConfig {
    /// Sets `customConfig`: The custom configuration of the component.
    pub fn with_custom_config(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.custom_config = Some(value.into());
        self
    }

    /// Sets `envs`: The environment variables of the node component.
    pub fn with_envs(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Envs>>,
    ) -> Self {
        self.envs = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The custom configuration of the component (`customConfig`).
    pub fn custom_config(&self) -> Option<&serde_json::Value> {
        self.custom_config.as_ref()
    }

    /// The environment variables of the node component (`envs`).
    pub fn envs(&self) -> &[crate::types::Envs] {
        self.envs.as_deref().unwrap_or_default()
    }
}

impl UpdateNodePoolComponentConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "UpdateNodePoolComponentConfig",
    description: sdk_shape::Text::en("The configuration of the node component."),
    members: &[
        sdk_shape::MemberShape {
            name: "customConfig",
            flag: "custom-config",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The custom configuration of the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "envs",
            flag: "envs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::envs::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The environment variables of the node component.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
