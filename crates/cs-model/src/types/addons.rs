// @generated from spec/cs/2015-12-15/types/Addons.json by `cargo xtask codegen`; do not edit.
//! The `Addons` data type.

/// The list of available components.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Addons {
    /// The CPU architectures supported by the component.
    ///
    /// Wire name: `architecture`.
    #[serde(rename = "architecture", default, skip_serializing_if = "Option::is_none")]
    pub architecture: Option<Vec<String>>,
    /// The category of the component. Valid values:
    ///
    /// - core: core component
    /// - network: network component
    /// - security: security component
    /// - storage: storage component
    /// - monitor: logging and monitoring component
    /// - application: application component
    ///
    /// An empty value indicates that the component belongs to another category.
    ///
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The schema of custom parameters for the component.
    ///
    /// Wire name: `config_schema`.
    #[serde(rename = "config_schema", default, skip_serializing_if = "Option::is_none")]
    pub config_schema: Option<String>,
    /// Indicates whether the component is installed by default. Valid values:
    ///
    /// - true: The component is installed by default when the cluster is created.
    /// - false: The component is not installed by default.
    ///
    /// Wire name: `install_by_default`.
    #[serde(
        rename = "install_by_default",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub install_by_default: Option<bool>,
    /// Indicates whether the component is managed. Valid values:
    ///
    /// - true: The component is managed.
    /// - false: The component is not managed.
    ///
    /// Wire name: `managed`.
    #[serde(rename = "managed", default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<bool>,
    /// The name of the component.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The operations supported by the component.
    ///
    /// Wire name: `supported_actions`.
    #[serde(
        rename = "supported_actions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_actions: Option<Vec<String>>,
    /// The version of the component.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Addons {
    /// The CPU architectures supported by the component (`architecture`).
    pub fn architecture(&self) -> &[String] {
        self.architecture.as_deref().unwrap_or_default()
    }

    /// The category of the component. Valid values: (`category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// The schema of custom parameters for the component (`config_schema`).
    pub fn config_schema(&self) -> Option<&str> {
        self.config_schema.as_deref()
    }

    /// Indicates whether the component is installed by default. Valid values: (`install_by_default`).
    pub fn install_by_default(&self) -> Option<bool> {
        self.install_by_default
    }

    /// Indicates whether the component is managed. Valid values: (`managed`).
    pub fn managed(&self) -> Option<bool> {
        self.managed
    }

    /// The name of the component (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The operations supported by the component (`supported_actions`).
    pub fn supported_actions(&self) -> &[String] {
        self.supported_actions.as_deref().unwrap_or_default()
    }

    /// The version of the component (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl Addons {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Addons",
    description: sdk_shape::Text::en("The list of available components."),
    members: &[
        sdk_shape::MemberShape {
            name: "architecture",
            flag: "architecture",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU architectures supported by the component.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The category of the component. Valid values:\n\n- core: core component\n- network: network component\n- security: security component\n- storage: storage component\n- monitor: logging and monitoring component\n- application: application component\n\nAn empty value indicates that the component belongs to another category.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "config_schema",
            flag: "config-schema",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The schema of custom parameters for the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "install_by_default",
            flag: "install-by-default",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the component is installed by default. Valid values:\n\n- true: The component is installed by default when the cluster is created.\n- false: The component is not installed by default.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "managed",
            flag: "managed",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the component is managed. Valid values:\n\n- true: The component is managed.\n- false: The component is not managed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "supported_actions",
            flag: "supported-actions",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The operations supported by the component.",
            ),
            list: true,
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
