// @generated from spec/cs/2015-12-15/types/Component.json by `cargo xtask codegen`; do not edit.
//! The `Component` data type.

/// The details of the component on the node.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Component {
    /// The configuration of the node component.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<crate::types::ListNodePoolComponentInstanceNodesConfig>,
    /// The custom configuration version number of the component on the node.
    ///
    /// Wire name: `config_revision`.
    #[serde(
        rename = "config_revision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub config_revision: Option<String>,
    /// The name of the component on the node.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The version of the component on the node.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Component {
    /// The configuration of the node component (`config`).
    pub fn config(
        &self,
    ) -> Option<&crate::types::ListNodePoolComponentInstanceNodesConfig> {
        self.config.as_ref()
    }

    /// The custom configuration version number of the component on the node (`config_revision`).
    pub fn config_revision(&self) -> Option<&str> {
        self.config_revision.as_deref()
    }

    /// The name of the component on the node (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The version of the component on the node (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl Component {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Component",
    description: sdk_shape::Text::en("The details of the component on the node."),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_node_pool_component_instance_nodes_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The configuration of the node component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "config_revision",
            flag: "config-revision",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom configuration version number of the component on the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component on the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The version of the component on the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
