// @generated from spec/cs/2015-12-15/actions/DescribePolicyGovernanceInCluster.json by `cargo xtask codegen`; do not edit.
//! The `DescribePolicyGovernanceInCluster` action:

/// Marker type tying the request and response of `DescribePolicyGovernanceInCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribePolicyGovernanceInCluster;

impl sdk_shape::Action for DescribePolicyGovernanceInCluster {
    type Request = DescribePolicyGovernanceInClusterRequest;
    type Response = DescribePolicyGovernanceInClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribePolicyGovernanceInCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribePolicyGovernanceInClusterRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `DescribePolicyGovernanceInCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribePolicyGovernanceInClusterResponse {
    /// The policy violation information aggregated by severity level.
    ///
    /// Wire name: `Violation`.
    #[serde(rename = "Violation", default, skip_serializing_if = "Option::is_none")]
    pub violation: Option<crate::types::Violation>,
    /// The policy governance audit logs of the cluster.
    ///
    /// Wire name: `admit_log`.
    #[serde(rename = "admit_log", default, skip_serializing_if = "Option::is_none")]
    pub admit_log: Option<crate::types::AdmitLog>,
    /// The counts of enabled policies at different severity levels in the current cluster.
    ///
    /// Wire name: `on_state`.
    #[serde(rename = "on_state", default, skip_serializing_if = "Option::is_none")]
    pub on_state: Option<Vec<crate::types::OnState>>,
}

impl DescribePolicyGovernanceInClusterResponse {
    /// The policy violation information aggregated by severity level (`Violation`).
    pub fn violation(&self) -> Option<&crate::types::Violation> {
        self.violation.as_ref()
    }

    /// The policy governance audit logs of the cluster (`admit_log`).
    pub fn admit_log(&self) -> Option<&crate::types::AdmitLog> {
        self.admit_log.as_ref()
    }

    /// The counts of enabled policies at different severity levels in the current cluster (`on_state`).
    pub fn on_state(&self) -> &[crate::types::OnState] {
        self.on_state.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribePolicyGovernanceInCluster",
    command: "describe-policy-governance-in-cluster",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "Violation",
            flag: "violation",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::violation::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The policy violation information aggregated by severity level.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "admit_log",
            flag: "admit-log",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::admit_log::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The policy governance audit logs of the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "on_state",
            flag: "on-state",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::on_state::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The counts of enabled policies at different severity levels in the current cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/clusters/{ClusterId}/policygovernance",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
