// @generated from spec/cs/2015-12-15/types/OnState.json by `cargo xtask codegen`; do not edit.
//! The `OnState` data type.

/// The counts of enabled policies at different severity levels in the current cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OnState {
    /// The number of enabled policy types.
    ///
    /// Wire name: `enabled_count`.
    #[serde(rename = "enabled_count", default, skip_serializing_if = "Option::is_none")]
    pub enabled_count: Option<i64>,
    /// The severity level of the policy governance.
    ///
    /// Wire name: `severity`.
    #[serde(rename = "severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// The total number of policy types at the severity level.
    ///
    /// Wire name: `total`.
    #[serde(rename = "total", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

impl OnState {
    /// The number of enabled policy types (`enabled_count`).
    pub fn enabled_count(&self) -> Option<i64> {
        self.enabled_count
    }

    /// The severity level of the policy governance (`severity`).
    pub fn severity(&self) -> Option<&str> {
        self.severity.as_deref()
    }

    /// The total number of policy types at the severity level (`total`).
    pub fn total(&self) -> Option<i64> {
        self.total
    }
}

impl OnState {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "OnState",
    description: sdk_shape::Text::en(
        "The counts of enabled policies at different severity levels in the current cluster.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "enabled_count",
            flag: "enabled-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of enabled policy types."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "severity",
            flag: "severity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The severity level of the policy governance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "total",
            flag: "total",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total number of policy types at the severity level.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
