// @generated from spec/eflo-controller/2022-12-15/types/ShrinkClusterHyperNodes.json by `cargo xtask codegen`; do not edit.
//! The `ShrinkClusterHyperNodes` data type.

/// The list of hyper nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ShrinkClusterHyperNodes {
    /// The hyper node ID.
    ///
    /// Wire name: `HyperNodeId`.
    #[serde(rename = "HyperNodeId", default, skip_serializing_if = "Option::is_none")]
    pub hyper_node_id: Option<String>,
}

impl ShrinkClusterHyperNodes {
    /// Sets `HyperNodeId`: The hyper node ID.
    pub fn with_hyper_node_id(mut self, value: impl Into<String>) -> Self {
        self.hyper_node_id = Some(value.into());
        self
    }

    /// The hyper node ID (`HyperNodeId`).
    pub fn hyper_node_id(&self) -> Option<&str> {
        self.hyper_node_id.as_deref()
    }
}

impl ShrinkClusterHyperNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ShrinkClusterHyperNodes",
    description: sdk_shape::Text::en("The list of hyper nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "HyperNodeId",
            flag: "hyper-node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hyper node ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
