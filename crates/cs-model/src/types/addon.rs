// @generated from spec/cs/2015-12-15/types/Addon.json by `cargo xtask codegen`; do not edit.
//! The `Addon` data type.

/// The list of cluster components. When you create a cluster, use `addons` to specify the components that you want to install.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Addon {
    /// The component configuration.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
    /// Specifies whether to disable default installation. When a cluster is created, in addition to required components, additional components such as log components are installed by default. You can disable this default behavior and install these components later by calling the component installation API or through the console. Valid values:
    ///
    /// - `true`: Disables default installation.
    /// - `false`: Allows default installation.
    ///
    /// Wire name: `disabled`.
    #[serde(rename = "disabled", default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// The component name.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The component version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Addon {
    /// Sets `config`: The component configuration.
    pub fn with_config(mut self, value: impl Into<String>) -> Self {
        self.config = Some(value.into());
        self
    }

    /// Sets `disabled`: Specifies whether to disable default installation. When a cluster is created, in addition to required components, additional components such as log components are installed by default. You can disable this default behavior and install these components later by calling the component installation API or through the console. Valid values:.
    pub fn with_disabled(mut self, value: bool) -> Self {
        self.disabled = Some(value);
        self
    }

    /// Sets `name`: The component name.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `version`: The component version.
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// The component configuration (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }

    /// Specifies whether to disable default installation. When a cluster is created, in addition to required components, additional components such as log components are installed by default. You can disable this default behavior and install these components later by calling the component installation API or through the console. Valid values: (`disabled`).
    pub fn disabled(&self) -> Option<bool> {
        self.disabled
    }

    /// The component name (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The component version (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl Addon {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Addon",
    description: sdk_shape::Text::en(
        "The list of cluster components. When you create a cluster, use `addons` to specify the components that you want to install.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "disabled",
            flag: "disabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to disable default installation. When a cluster is created, in addition to required components, additional components such as log components are installed by default. You can disable this default behavior and install these components later by calling the component installation API or through the console. Valid values:\n\n- `true`: Disables default installation.\n- `false`: Allows default installation.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component version."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
