// @generated from spec/eflo-controller/2022-12-15/types/DescribeSendFileResultsInvokeNodes.json by `cargo xtask codegen`; do not edit.
//! The `DescribeSendFileResultsInvokeNodes` data type.

/// The file sending records.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeSendFileResultsInvokeNodes {
    /// The file sending record of a node.
    ///
    /// Wire name: `InvokeNode`.
    #[serde(rename = "InvokeNode", default, skip_serializing_if = "Option::is_none")]
    pub invoke_node: Option<Vec<crate::types::DescribeSendFileResultsInvokeNode>>,
}

impl DescribeSendFileResultsInvokeNodes {
    /// The file sending record of a node (`InvokeNode`).
    pub fn invoke_node(&self) -> &[crate::types::DescribeSendFileResultsInvokeNode] {
        self.invoke_node.as_deref().unwrap_or_default()
    }
}

impl DescribeSendFileResultsInvokeNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeSendFileResultsInvokeNodes",
    description: sdk_shape::Text::en("The file sending records."),
    members: &[
        sdk_shape::MemberShape {
            name: "InvokeNode",
            flag: "invoke-node",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_send_file_results_invoke_node::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The file sending record of a node."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
