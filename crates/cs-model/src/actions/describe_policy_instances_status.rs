// @generated from spec/cs/2015-12-15/actions/DescribePolicyInstancesStatus.json by `cargo xtask codegen`; do not edit.
//! The `DescribePolicyInstancesStatus` action:

/// Marker type tying the request and response of `DescribePolicyInstancesStatus` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribePolicyInstancesStatus;

impl sdk_shape::Action for DescribePolicyInstancesStatus {
    type Request = DescribePolicyInstancesStatusRequest;
    type Response = DescribePolicyInstancesStatusResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribePolicyInstancesStatus`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribePolicyInstancesStatusRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `DescribePolicyInstancesStatus`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribePolicyInstancesStatusResponse {
    /// The number of policy instances deployed at different governance levels in the cluster.
    ///
    /// Wire name: `instances_severity_count`.
    #[serde(
        rename = "instances_severity_count",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instances_severity_count: Option<serde_json::Value>,
    /// The list of policy instance counts by policy type.
    ///
    /// Wire name: `policy_instances`.
    #[serde(
        rename = "policy_instances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_instances: Option<Vec<crate::types::PolicyInstances>>,
}

impl DescribePolicyInstancesStatusResponse {
    /// The number of policy instances deployed at different governance levels in the cluster (`instances_severity_count`).
    pub fn instances_severity_count(&self) -> Option<&serde_json::Value> {
        self.instances_severity_count.as_ref()
    }

    /// The list of policy instance counts by policy type (`policy_instances`).
    pub fn policy_instances(&self) -> &[crate::types::PolicyInstances] {
        self.policy_instances.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribePolicyInstancesStatus",
    command: "describe-policy-instances-status",
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
            name: "instances_severity_count",
            flag: "instances-severity-count",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The number of policy instances deployed at different governance levels in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "policy_instances",
            flag: "policy-instances",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::policy_instances::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of policy instance counts by policy type.",
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
            path: "/clusters/{ClusterId}/policies/status",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
