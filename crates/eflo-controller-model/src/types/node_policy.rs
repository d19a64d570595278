// @generated from spec/eflo-controller/2022-12-15/types/NodePolicy.json by `cargo xtask codegen`; do not edit.
//! The `NodePolicy` data type.

/// The node allocation policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NodePolicy {
    /// The bond information.
    ///
    /// Wire name: `Bonds`.
    #[serde(rename = "Bonds", default, skip_serializing_if = "Option::is_none")]
    pub bonds: Option<Vec<crate::types::Bonds>>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

impl NodePolicy {
    /// Sets `Bonds`: The bond information.
    pub fn with_bonds(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Bonds>>,
    ) -> Self {
        self.bonds = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `NodeId`: The node ID.
    pub fn with_node_id(mut self, value: impl Into<String>) -> Self {
        self.node_id = Some(value.into());
        self
    }

    /// The bond information (`Bonds`).
    pub fn bonds(&self) -> &[crate::types::Bonds] {
        self.bonds.as_deref().unwrap_or_default()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }
}

impl NodePolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodePolicy",
    description: sdk_shape::Text::en("The node allocation policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "Bonds",
            flag: "bonds",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::bonds::SHAPE),
            ),
            description: sdk_shape::Text::en("The bond information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
