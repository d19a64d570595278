// @generated from spec/eflo-controller/2022-12-15/types/NodeTag.json by `cargo xtask codegen`; do not edit.
//! The `NodeTag` data type.

/// The node tags.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NodeTag {
    /// The tag key of the node.
    ///
    /// Wire name: `Key`.
    #[serde(rename = "Key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The tag value of the node.
    ///
    /// Wire name: `Value`.
    #[serde(rename = "Value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl NodeTag {
    /// Sets `Key`: The tag key of the node.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `Value`: The tag value of the node.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The tag key of the node (`Key`).
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The tag value of the node (`Value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl NodeTag {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeTag",
    description: sdk_shape::Text::en("The node tags."),
    members: &[
        sdk_shape::MemberShape {
            name: "Key",
            flag: "key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag key of the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag value of the node."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
