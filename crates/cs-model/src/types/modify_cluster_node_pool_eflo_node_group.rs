// @generated from spec/cs/2015-12-15/types/ModifyClusterNodePoolEfloNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `ModifyClusterNodePoolEfloNodeGroup` data type.

/// The Lingjun AI Computing Service node pool configuration. (Not effective)
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyClusterNodePoolEfloNodeGroup {
    /// Specifies whether to enable automatic addition of the Lingjun AI Computing Service node pool. (Not effective)
    ///
    /// Wire name: `auto_attach_enabled`.
    #[serde(
        rename = "auto_attach_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_attach_enabled: Option<String>,
}

impl ModifyClusterNodePoolEfloNodeGroup {
    /// Sets `auto_attach_enabled`: Specifies whether to enable automatic addition of the Lingjun AI Computing Service node pool. (Not effective).
    pub fn with_auto_attach_enabled(mut self, value: impl Into<String>) -> Self {
        self.auto_attach_enabled = Some(value.into());
        self
    }

    /// Specifies whether to enable automatic addition of the Lingjun AI Computing Service node pool. (Not effective) (`auto_attach_enabled`).
    pub fn auto_attach_enabled(&self) -> Option<&str> {
        self.auto_attach_enabled.as_deref()
    }
}

impl ModifyClusterNodePoolEfloNodeGroup {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ModifyClusterNodePoolEfloNodeGroup",
    description: sdk_shape::Text::en(
        "The Lingjun AI Computing Service node pool configuration. (Not effective)",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_attach_enabled",
            flag: "auto-attach-enabled",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether to enable automatic addition of the Lingjun AI Computing Service node pool. (Not effective)",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
