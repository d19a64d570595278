// @generated from spec/cs/2015-12-15/types/Tags.json by `cargo xtask codegen`; do not edit.
//! The `Tags` data type.

/// Adds tags only to ECS instances.
/// Tag keys must be unique and can be up to 128 characters in length. Tag keys and tag values cannot start with "aliyun" or "acs:", or contain "https://" or "http://".
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Tags {
    /// The tag key.
    ///
    /// Wire name: `key`.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `value`.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Tags {
    /// Sets `key`: The tag key.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `value`: The tag value.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The tag key (`key`).
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The tag value (`value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl Tags {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Tags",
    description: sdk_shape::Text::en(
        "Adds tags only to ECS instances.\nTag keys must be unique and can be up to 128 characters in length. Tag keys and tag values cannot start with \"aliyun\" or \"acs:\", or contain \"https://\" or \"http://\".",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "key",
            flag: "key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag key."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag value."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
