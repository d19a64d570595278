// @generated from spec/cs/2015-12-15/actions/DeletePolicyInstance.json by `cargo xtask codegen`; do not edit.
//! The `DeletePolicyInstance` action:

/// Marker type tying the request and response of `DeletePolicyInstance` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DeletePolicyInstance;

impl sdk_shape::Action for DeletePolicyInstance {
    type Request = DeletePolicyInstanceRequest;
    type Response = DeletePolicyInstanceResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DeletePolicyInstance`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeletePolicyInstanceRequest {
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
    /// The instance ID of the policy rule.
    ///
    /// Wire name: `instance_name`.
    #[serde(rename = "instance_name", default, skip_serializing_if = "Option::is_none")]
    pub instance_name: Option<String>,
}

/// Response of `DeletePolicyInstance`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeletePolicyInstanceResponse {
    /// The list of policy instances.
    ///
    /// Wire name: `instances`.
    #[serde(rename = "instances", default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
}

impl DeletePolicyInstanceResponse {
    /// The list of policy instances (`instances`).
    pub fn instances(&self) -> &[String] {
        self.instances.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DeletePolicyInstance",
    command: "delete-policy-instance",
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
            name: "instance_name",
            flag: "instance-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance ID of the policy rule."),
            location: sdk_shape::Location::Query,
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
            method: "DELETE",
            path: "/clusters/{ClusterId}/policies/{PolicyName}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
