// @generated from spec/cs/2015-12-15/types/InquiringLabel.json by `cargo xtask codegen`; do not edit.
//! The `InquiringLabel` data type.

/// The label configuration for authorization inquiry. When this stage is reached, ACK adds the following labels to your node and waits for your authorization to execute the actions in this stage.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InquiringLabel {
    /// The key of the label.
    ///
    /// Wire name: `key`.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value of the label.
    ///
    /// Wire name: `value`.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl InquiringLabel {
    /// Sets `key`: The key of the label.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `value`: The value of the label.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The key of the label (`key`).
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The value of the label (`value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl InquiringLabel {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InquiringLabel",
    description: sdk_shape::Text::en(
        "The label configuration for authorization inquiry. When this stage is reached, ACK adds the following labels to your node and waits for your authorization to execute the actions in this stage.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "key",
            flag: "key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The key of the label."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The value of the label."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
