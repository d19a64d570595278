// @generated from spec/cs/2015-12-15/types/TeeConfig.json by `cargo xtask codegen`; do not edit.
//! The `TeeConfig` data type.

/// The confidential computing cluster configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct TeeConfig {
    /// Specifies whether to enable the confidential computing cluster. Valid values:
    ///
    /// - true: Enables confidential computing.
    ///
    /// - false: Does not enable confidential computing.
    ///
    /// Wire name: `tee_enable`.
    #[serde(rename = "tee_enable", default, skip_serializing_if = "Option::is_none")]
    pub tee_enable: Option<bool>,
}

impl TeeConfig {
    /// Sets `tee_enable`: Specifies whether to enable the confidential computing cluster. Valid values:.
    pub fn with_tee_enable(mut self, value: bool) -> Self {
        self.tee_enable = Some(value);
        self
    }

    /// Specifies whether to enable the confidential computing cluster. Valid values: (`tee_enable`).
    pub fn tee_enable(&self) -> Option<bool> {
        self.tee_enable
    }
}

impl TeeConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TeeConfig",
    description: sdk_shape::Text::en(
        "The confidential computing cluster configuration.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "tee_enable",
            flag: "tee-enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the confidential computing cluster. Valid values:\n\n- true: Enables confidential computing.\n\n- false: Does not enable confidential computing.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
