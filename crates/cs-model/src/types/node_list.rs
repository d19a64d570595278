// @generated from spec/cs/2015-12-15/types/NodeList.json by `cargo xtask codegen`; do not edit.
//! The `NodeList` data type.

/// The list of nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NodeList {
    /// The details of the component on the node.
    ///
    /// Wire name: `component`.
    #[serde(rename = "component", default, skip_serializing_if = "Option::is_none")]
    pub component: Option<crate::types::Component>,
    /// The instance ID.
    ///
    /// Wire name: `instance_id`.
    #[serde(rename = "instance_id", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The node name.
    ///
    /// Wire name: `node_name`.
    #[serde(rename = "node_name", default, skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
}

impl NodeList {
    /// The details of the component on the node (`component`).
    pub fn component(&self) -> Option<&crate::types::Component> {
        self.component.as_ref()
    }

    /// The instance ID (`instance_id`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// The node name (`node_name`).
    pub fn node_name(&self) -> Option<&str> {
        self.node_name.as_deref()
    }
}

impl NodeList {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeList",
    description: sdk_shape::Text::en("The list of nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "component",
            flag: "component",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::component::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The details of the component on the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_id",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_name",
            flag: "node-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node name."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
