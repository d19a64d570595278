// @generated from spec/cs/2015-12-15/types/Violations.json by `cargo xtask codegen`; do not edit.
//! The `Violations` data type.

/// The violation records aggregated by policy name.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Violations {
    /// The aggregated interception records.
    ///
    /// Wire name: `deny`.
    #[serde(rename = "deny", default, skip_serializing_if = "Option::is_none")]
    pub deny: Option<Vec<crate::types::DescribePolicyGovernanceInClusterDeny>>,
    /// The aggregated alert information.
    ///
    /// Wire name: `warn`.
    #[serde(rename = "warn", default, skip_serializing_if = "Option::is_none")]
    pub warn: Option<Vec<crate::types::DescribePolicyGovernanceInClusterWarn>>,
}

impl Violations {
    /// The aggregated interception records (`deny`).
    pub fn deny(&self) -> &[crate::types::DescribePolicyGovernanceInClusterDeny] {
        self.deny.as_deref().unwrap_or_default()
    }

    /// The aggregated alert information (`warn`).
    pub fn warn(&self) -> &[crate::types::DescribePolicyGovernanceInClusterWarn] {
        self.warn.as_deref().unwrap_or_default()
    }
}

impl Violations {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Violations",
    description: sdk_shape::Text::en("The violation records aggregated by policy name."),
    members: &[
        sdk_shape::MemberShape {
            name: "deny",
            flag: "deny",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_policy_governance_in_cluster_deny::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The aggregated interception records."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "warn",
            flag: "warn",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_policy_governance_in_cluster_warn::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The aggregated alert information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
