// @generated from spec/cs/2015-12-15/actions/DeployPolicyInstance.json by `cargo xtask codegen`; do not edit.
//! The `DeployPolicyInstance` action:

/// Marker type tying the request and response of `DeployPolicyInstance` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DeployPolicyInstance;

impl sdk_shape::Action for DeployPolicyInstance {
    type Request = DeployPolicyInstanceRequest;
    type Response = DeployPolicyInstanceResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DeployPolicyInstance`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeployPolicyInstanceRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `PolicyName`.
    #[serde(rename = "PolicyName", default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    /// The governance action of the rule. Valid values:
    ///
    /// - `deny`: Blocks non-compliant deployments.
    /// - `warn`: Generates an alert.
    ///
    /// Wire name: `action`.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The namespaces where the policy is enforced. If this parameter is left empty, the policy is enforced in all namespaces.
    ///
    /// Wire name: `namespaces`.
    #[serde(rename = "namespaces", default, skip_serializing_if = "Option::is_none")]
    pub namespaces: Option<Vec<String>>,
    /// The parameter settings of the current rule instance. For more information about the parameters supported by each policy governance rule and the corresponding metric description, see [Container security policy rule library](https://www.alibabacloud.com/help/doc-detail/359819.html).
    ///
    /// Wire name: `parameters`.
    #[serde(rename = "parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Value>,
}

/// Response of `DeployPolicyInstance`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeployPolicyInstanceResponse {
    /// The list of policy instances.
    ///
    /// Wire name: `instances`.
    #[serde(rename = "instances", default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
}

impl DeployPolicyInstanceResponse {
    /// The list of policy instances (`instances`).
    pub fn instances(&self) -> &[String] {
        self.instances.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DeployPolicyInstance",
    command: "deploy-policy-instance",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
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
        sdk_shape::MemberShape {
            name: "PolicyName",
            flag: "policy-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "action",
            flag: "action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The governance action of the rule. Valid values:\n\n- `deny`: Blocks non-compliant deployments.\n- `warn`: Generates an alert.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "namespaces",
            flag: "namespaces",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The namespaces where the policy is enforced. If this parameter is left empty, the policy is enforced in all namespaces.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The parameter settings of the current rule instance. For more information about the parameters supported by each policy governance rule and the corresponding metric description, see [Container security policy rule library](https://www.alibabacloud.com/help/doc-detail/359819.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "instances",
            flag: "instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of policy instances."),
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
            method: "POST",
            path: "/clusters/{ClusterId}/policies/{PolicyName}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
