// @generated from spec/cs/2015-12-15/types/RrsaConfig.json by `cargo xtask codegen`; do not edit.
//! The `RrsaConfig` data type.

/// The RRSA feature configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RrsaConfig {
    /// Specifies whether to enable the RRSA feature.
    ///
    /// - true: Enabled.
    ///
    /// - false: Not enabled.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl RrsaConfig {
    /// Sets `enabled`: Specifies whether to enable the RRSA feature.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// Specifies whether to enable the RRSA feature (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }
}

impl RrsaConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RrsaConfig",
    description: sdk_shape::Text::en("The RRSA feature configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the RRSA feature.\n\n- true: Enabled.\n\n- false: Not enabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
