// @generated from spec/cs/2015-12-15/types/TotalViolations.json by `cargo xtask codegen`; do not edit.
//! The `TotalViolations` data type.

/// The aggregated information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TotalViolations {
    /// The aggregated interception records.
    ///
    /// Wire name: `deny`.
    #[serde(rename = "deny", default, skip_serializing_if = "Option::is_none")]
    pub deny: Option<Vec<crate::types::Deny>>,
    /// The aggregated alert records.
    ///
    /// Wire name: `warn`.
    #[serde(rename = "warn", default, skip_serializing_if = "Option::is_none")]
    pub warn: Option<Vec<crate::types::Warn>>,
}

impl TotalViolations {
    /// The aggregated interception records (`deny`).
    pub fn deny(&self) -> &[crate::types::Deny] {
        self.deny.as_deref().unwrap_or_default()
    }

    /// The aggregated alert records (`warn`).
    pub fn warn(&self) -> &[crate::types::Warn] {
        self.warn.as_deref().unwrap_or_default()
    }
}

impl TotalViolations {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TotalViolations",
    description: sdk_shape::Text::en("The aggregated information."),
    members: &[
        sdk_shape::MemberShape {
            name: "deny",
            flag: "deny",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::deny::SHAPE),
            ),
            description: sdk_shape::Text::en("The aggregated interception records."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "warn",
            flag: "warn",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::warn::SHAPE),
            ),
            description: sdk_shape::Text::en("The aggregated alert records."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
