// @generated from spec/cs/2015-12-15/types/ListNodePoolComponentsComponents.json by `cargo xtask codegen`; do not edit.
//! The `ListNodePoolComponentsComponents` data type.

/// The node components.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentsComponents {
    /// The parameter schema of the node component, including custom parameters and system parameters.
    ///
    /// Wire name: `config_schema`.
    #[serde(rename = "config_schema", default, skip_serializing_if = "Option::is_none")]
    pub config_schema: Option<String>,
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

impl ListNodePoolComponentsComponents {
    /// The parameter schema of the node component, including custom parameters and system parameters (`config_schema`).
    pub fn config_schema(&self) -> Option<&str> {
        self.config_schema.as_deref()
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

impl ListNodePoolComponentsComponents {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListNodePoolComponentsComponents",
    description: sdk_shape::Text::en("The node components."),
    members: &[
        sdk_shape::MemberShape {
            name: "config_schema",
            flag: "config-schema",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The parameter schema of the node component, including custom parameters and system parameters.",
            ),
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
