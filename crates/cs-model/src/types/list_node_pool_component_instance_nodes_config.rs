// @generated from spec/cs/2015-12-15/types/ListNodePoolComponentInstanceNodesConfig.json by `cargo xtask codegen`; do not edit.
//! The `ListNodePoolComponentInstanceNodesConfig` data type.

/// The configuration of the node component.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentInstanceNodesConfig {
    /// The custom configuration of the node component.
    ///
    /// Wire name: `custom_config`.
    #[serde(rename = "custom_config", default, skip_serializing_if = "Option::is_none")]
    pub custom_config: Option<serde_json::Value>,
}

impl ListNodePoolComponentInstanceNodesConfig {
    /// The custom configuration of the node component (`custom_config`).
    pub fn custom_config(&self) -> Option<&serde_json::Value> {
        self.custom_config.as_ref()
    }
}

impl ListNodePoolComponentInstanceNodesConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListNodePoolComponentInstanceNodesConfig",
    description: sdk_shape::Text::en("The configuration of the node component."),
    members: &[
        sdk_shape::MemberShape {
            name: "custom_config",
            flag: "custom-config",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The custom configuration of the node component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
