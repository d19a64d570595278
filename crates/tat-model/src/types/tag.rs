// @generated from spec/tat/2020-10-28/types/Tag.json by `cargo xtask codegen`; do not edit.
//! The `Tag` data type.

/// Information on tags
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag key.
    ///
    /// Required.
    ///
    /// Wire name: `Key`.
    #[serde(rename = "Key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Tag value.
    ///
    /// Required.
    ///
    /// Wire name: `Value`.
    #[serde(rename = "Value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Tag {
    /// A `Tag` with its required members `Key`, `Value`.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: Some(key.into()),
            value: Some(value.into()),
        }
    }

    /// Tag key (`Key`).
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// Tag value (`Value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl Tag {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Tag",
    description: sdk_shape::Text::both("Information on tags", "标签"),
    members: &[
        sdk_shape::MemberShape {
            name: "Key",
            flag: "key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Tag key.", "标签键。"),
            required: true,
            example: Some("\"tag-key\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Tag value.", "标签值。"),
            required: true,
            example: Some("\"tag-value\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
