// @generated from spec/eflo-controller/2022-12-15/types/NodeResponse.json by `cargo xtask codegen`; do not edit.
//! The `NodeResponse` data type.

/// The responses for the nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NodeResponse {
    /// The response code for the node.
    ///
    /// Wire name: `Code`.
    #[serde(rename = "Code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The response message for the node.
    ///
    /// Wire name: `Message`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The ID of the node included in the response.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

impl NodeResponse {
    /// The response code for the node (`Code`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The response message for the node (`Message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The ID of the node included in the response (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }
}

impl NodeResponse {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeResponse",
    description: sdk_shape::Text::en("The responses for the nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "Code",
            flag: "code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The response code for the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The response message for the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the node included in the response.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
