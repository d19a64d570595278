// @generated from spec/eflo-controller/2022-12-15/types/InvokeNodes.json by `cargo xtask codegen`; do not edit.
//! The `InvokeNodes` data type.

/// The command execution records.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InvokeNodes {
    /// The command execution record on a node.
    ///
    /// Wire name: `InvokeNode`.
    #[serde(rename = "InvokeNode", default, skip_serializing_if = "Option::is_none")]
    pub invoke_node: Option<Vec<crate::types::InvokeNode>>,
}

impl InvokeNodes {
    /// The command execution record on a node (`InvokeNode`).
    pub fn invoke_node(&self) -> &[crate::types::InvokeNode] {
        self.invoke_node.as_deref().unwrap_or_default()
    }
}

impl InvokeNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InvokeNodes",
    description: sdk_shape::Text::en("The command execution records."),
    members: &[
        sdk_shape::MemberShape {
            name: "InvokeNode",
            flag: "invoke-node",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::invoke_node::SHAPE),
            ),
            description: sdk_shape::Text::en("The command execution record on a node."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
