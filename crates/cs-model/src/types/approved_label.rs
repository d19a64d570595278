// @generated from spec/cs/2015-12-15/types/ApprovedLabel.json by `cargo xtask codegen`; do not edit.
//! The `ApprovedLabel` data type.

/// The label configuration for authorization confirmation. Adding the following labels to the node indicates that you authorize ACK to execute the operations in this stage. After completing the operations in this stage, ACK automatically removes the authorization inquiry and confirmation labels corresponding to this stage. If you do not add the following labels in time to grant authorization, ACK will not execute the actions in this stage and subsequent stages, and the node may remain in a damaged state.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ApprovedLabel {
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

impl ApprovedLabel {
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

impl ApprovedLabel {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ApprovedLabel",
    description: sdk_shape::Text::en(
        "The label configuration for authorization confirmation. Adding the following labels to the node indicates that you authorize ACK to execute the operations in this stage. After completing the operations in this stage, ACK automatically removes the authorization inquiry and confirmation labels corresponding to this stage. If you do not add the following labels in time to grant authorization, ACK will not execute the actions in this stage and subsequent stages, and the node may remain in a damaged state.",
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
