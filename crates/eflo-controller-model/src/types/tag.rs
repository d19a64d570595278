// @generated from spec/eflo-controller/2022-12-15/types/Tag.json by `cargo xtask codegen`; do not edit.
//! The `Tag` data type.

/// The resource tags.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Tag {
    /// The tag key.
    ///
    /// Wire name: `Key`.
    #[serde(rename = "Key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `Value`.
    #[serde(rename = "Value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Tag {
    /// Sets `Key`: The tag key.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `Value`: The tag value.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The tag key (`Key`).
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The tag value (`Value`).
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
    description: sdk_shape::Text::en("The resource tags."),
    members: &[
        sdk_shape::MemberShape {
            name: "Key",
            flag: "key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag key."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag value."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
