// @generated from spec/cs/2015-12-15/types/AutoMode.json by `cargo xtask codegen`; do not edit.
//! The `AutoMode` data type.

/// The auto mode configuration of the node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AutoMode {
    /// Specifies whether to enable auto mode. Valid values:
    ///
    /// - true: enables auto mode. This value is valid only when auto mode is enabled for the cluster.
    /// - false: disables auto mode.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
}

impl AutoMode {
    /// Sets `enable`: Specifies whether to enable auto mode. Valid values:.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }

    /// Specifies whether to enable auto mode. Valid values: (`enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }
}

impl AutoMode {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AutoMode",
    description: sdk_shape::Text::en("The auto mode configuration of the node pool."),
    members: &[
        sdk_shape::MemberShape {
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable auto mode. Valid values:\n\n- true: enables auto mode. This value is valid only when auto mode is enabled for the cluster.\n- false: disables auto mode.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
