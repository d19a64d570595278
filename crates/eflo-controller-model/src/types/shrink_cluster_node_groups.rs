// @generated from spec/eflo-controller/2022-12-15/types/ShrinkClusterNodeGroups.json by `cargo xtask codegen`; do not edit.
//! The `ShrinkClusterNodeGroups` data type.

/// The information about the node groups.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ShrinkClusterNodeGroups {
    /// The list of hyper nodes.
    ///
    /// Wire name: `HyperNodes`.
    #[serde(rename = "HyperNodes", default, skip_serializing_if = "Option::is_none")]
    pub hyper_nodes: Option<Vec<crate::types::ShrinkClusterHyperNodes>>,
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The list of nodes.
    ///
    /// Wire name: `Nodes`.
    #[serde(rename = "Nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<crate::types::ShrinkClusterNodes>>,
}

impl ShrinkClusterNodeGroups {
    /// Sets `HyperNodes`: The list of hyper nodes.
    pub fn with_hyper_nodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::ShrinkClusterHyperNodes>>,
    ) -> Self {
        self.hyper_nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `NodeGroupId`: The node group ID.
    pub fn with_node_group_id(mut self, value: impl Into<String>) -> Self {
        self.node_group_id = Some(value.into());
        self
    }

    /// Sets `Nodes`: The list of nodes.
    pub fn with_nodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::ShrinkClusterNodes>>,
    ) -> Self {
        self.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The list of hyper nodes (`HyperNodes`).
    pub fn hyper_nodes(&self) -> &[crate::types::ShrinkClusterHyperNodes] {
        self.hyper_nodes.as_deref().unwrap_or_default()
    }

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The list of nodes (`Nodes`).
    pub fn nodes(&self) -> &[crate::types::ShrinkClusterNodes] {
        self.nodes.as_deref().unwrap_or_default()
    }
}

impl ShrinkClusterNodeGroups {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ShrinkClusterNodeGroups",
    description: sdk_shape::Text::en("The information about the node groups."),
    members: &[
        sdk_shape::MemberShape {
            name: "HyperNodes",
            flag: "hyper-nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::shrink_cluster_hyper_nodes::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of hyper nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::shrink_cluster_nodes::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
