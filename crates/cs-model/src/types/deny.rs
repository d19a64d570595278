// @generated from spec/cs/2015-12-15/types/Deny.json by `cargo xtask codegen`; do not edit.
//! The `Deny` data type.

/// The aggregated interception records.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Deny {
    /// The severity level. Valid values: low, medium, and high.
    ///
    /// Wire name: `severity`.
    #[serde(rename = "severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<crate::types::Severity>,
    /// The number of violations.
    ///
    /// Wire name: `violations`.
    #[serde(rename = "violations", default, skip_serializing_if = "Option::is_none")]
    pub violations: Option<String>,
}

impl Deny {
    /// The severity level. Valid values: low, medium, and high (`severity`).
    pub fn severity(&self) -> Option<&crate::types::Severity> {
        self.severity.as_ref()
    }

    /// The number of violations (`violations`).
    pub fn violations(&self) -> Option<&str> {
        self.violations.as_deref()
    }
}

impl Deny {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Deny",
    description: sdk_shape::Text::en("The aggregated interception records."),
    members: &[
        sdk_shape::MemberShape {
            name: "severity",
            flag: "severity",
            kind: sdk_shape::Kind::Enum(&crate::types::severity::SHAPE),
            description: sdk_shape::Text::en(
                "The severity level. Valid values: low, medium, and high.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "violations",
            flag: "violations",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The number of violations."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
