// @generated from spec/cs/2015-12-15/types/Violation.json by `cargo xtask codegen`; do not edit.
//! The `Violation` data type.

/// The policy violation information aggregated by severity level.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Violation {
    /// The aggregated information.
    ///
    /// Wire name: `totalViolations`.
    #[serde(
        rename = "totalViolations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_violations: Option<crate::types::TotalViolations>,
    /// The violation records aggregated by policy name.
    ///
    /// Wire name: `violations`.
    #[serde(rename = "violations", default, skip_serializing_if = "Option::is_none")]
    pub violations: Option<crate::types::Violations>,
}

impl Violation {
    /// The aggregated information (`totalViolations`).
    pub fn total_violations(&self) -> Option<&crate::types::TotalViolations> {
        self.total_violations.as_ref()
    }

    /// The violation records aggregated by policy name (`violations`).
    pub fn violations(&self) -> Option<&crate::types::Violations> {
        self.violations.as_ref()
    }
}

impl Violation {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Violation",
    description: sdk_shape::Text::en(
        "The policy violation information aggregated by severity level.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "totalViolations",
            flag: "total-violations",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::total_violations::SHAPE),
            ),
            description: sdk_shape::Text::en("The aggregated information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "violations",
            flag: "violations",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::violations::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The violation records aggregated by policy name.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
