// @generated from spec/cs/2015-12-15/types/Warn.json by `cargo xtask codegen`; do not edit.
//! The `Warn` data type.

/// The aggregated alert records.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Warn {
    /// The severity level.
    ///
    /// Wire name: `severity`.
    #[serde(rename = "severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// The number of violations.
    ///
    /// Wire name: `violations`.
    #[serde(rename = "violations", default, skip_serializing_if = "Option::is_none")]
    pub violations: Option<i64>,
}

impl Warn {
    /// The severity level (`severity`).
    pub fn severity(&self) -> Option<&str> {
        self.severity.as_deref()
    }

    /// The number of violations (`violations`).
    pub fn violations(&self) -> Option<i64> {
        self.violations
    }
}

impl Warn {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Warn",
    description: sdk_shape::Text::en("The aggregated alert records."),
    members: &[
        sdk_shape::MemberShape {
            name: "severity",
            flag: "severity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The severity level."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "violations",
            flag: "violations",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of violations."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
