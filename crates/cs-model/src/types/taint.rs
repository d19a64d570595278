// @generated from spec/cs/2015-12-15/types/Taint.json by `cargo xtask codegen`; do not edit.
//! The `Taint` data type.

/// The taint configurations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Taint {
    /// The scheduling policy. Valid values:
    ///
    /// - `NoSchedule`: Not tolerated. This affects only the scheduling process. Already scheduled pods are not affected. This applies only to newly added pods.
    ///
    /// - `NoExecute`: Not tolerated. When the taint changes, the pod is evicted.
    ///
    /// - `PreferNoSchedule`: Soft constraint. Existing pods on the node are not affected. The scheduler tries to avoid scheduling pods that do not tolerate the taint to the node.
    ///
    /// Default value: `NoSchedule`.
    ///
    /// Default: `"NoSchedule"`.
    ///
    /// Wire name: `effect`.
    #[serde(rename = "effect", default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<String>,
    /// The key of the taint.
    ///
    /// Wire name: `key`.
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The value of the taint.
    ///
    /// Wire name: `value`.
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Taint {
    /// Sets `effect`: The scheduling policy. Valid values:.
    pub fn with_effect(mut self, value: impl Into<String>) -> Self {
        self.effect = Some(value.into());
        self
    }

    /// Sets `key`: The key of the taint.
    pub fn with_key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
        self
    }

    /// Sets `value`: The value of the taint.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }

    /// The scheduling policy. Valid values: (`effect`).
    pub fn effect(&self) -> Option<&str> {
        self.effect.as_deref()
    }

    /// The key of the taint (`key`).
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The value of the taint (`value`).
    pub fn value(&self) -> Option<&str> {
        self.value.as_deref()
    }
}

impl Taint {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Taint",
    description: sdk_shape::Text::en("The taint configurations."),
    members: &[
        sdk_shape::MemberShape {
            name: "effect",
            flag: "effect",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scheduling policy. Valid values:\n\n- `NoSchedule`: Not tolerated. This affects only the scheduling process. Already scheduled pods are not affected. This applies only to newly added pods.\n\n- `NoExecute`: Not tolerated. When the taint changes, the pod is evicted.\n\n- `PreferNoSchedule`: Soft constraint. Existing pods on the node are not affected. The scheduler tries to avoid scheduling pods that do not tolerate the taint to the node.\n\nDefault value: `NoSchedule`.",
            ),
            default: Some("\"NoSchedule\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key",
            flag: "key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The key of the taint."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "value",
            flag: "value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The value of the taint."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
