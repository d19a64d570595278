// @generated from spec/eflo-controller/2022-12-15/types/ListNodeGroupDriftedNodesNodes.json by `cargo xtask codegen`; do not edit.
//! The `ListNodeGroupDriftedNodesNodes` data type.

/// The list of nodes that are inconsistent with the node group configuration (paginated).
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodeGroupDriftedNodesNodes {
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The list of inconsistent properties for this node.
    ///
    /// Wire name: `PropertyDrifts`.
    #[serde(rename = "PropertyDrifts", default, skip_serializing_if = "Option::is_none")]
    pub property_drifts: Option<
        Vec<crate::types::ListNodeGroupDriftedNodesPropertyDrifts>,
    >,
}

impl ListNodeGroupDriftedNodesNodes {
    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The list of inconsistent properties for this node (`PropertyDrifts`).
    pub fn property_drifts(
        &self,
    ) -> &[crate::types::ListNodeGroupDriftedNodesPropertyDrifts] {
        self.property_drifts.as_deref().unwrap_or_default()
    }
}

impl ListNodeGroupDriftedNodesNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListNodeGroupDriftedNodesNodes",
    description: sdk_shape::Text::en(
        "The list of nodes that are inconsistent with the node group configuration (paginated).",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PropertyDrifts",
            flag: "property-drifts",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_node_group_drifted_nodes_property_drifts::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The list of inconsistent properties for this node.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
