// @generated from spec/cs/2015-12-15/actions/CreateAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The `CreateAutoRepairPolicy` action:

/// Marker type tying the request and response of `CreateAutoRepairPolicy` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateAutoRepairPolicy;

impl sdk_shape::Action for CreateAutoRepairPolicy {
    type Request = CreateAutoRepairPolicyRequest;
    type Response = CreateAutoRepairPolicyResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateAutoRepairPolicy`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAutoRepairPolicyRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The name of the self-healing rule.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The resource subtype that can be associated with the self-healing rule.
    ///
    /// Wire name: `resource_sub_type`.
    #[serde(
        rename = "resource_sub_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_sub_type: Option<String>,
    /// The resource type that can be associated with the self-healing rule.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of self-healing subrules.
    ///
    /// Wire name: `rules`.
    #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<crate::types::Rules>>,
}

/// Response of `CreateAutoRepairPolicy`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateAutoRepairPolicyResponse {
    /// The ID of the self-healing rule.
    ///
    /// Wire name: `policy_id`.
    #[serde(rename = "policy_id", default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateAutoRepairPolicyResponse {
    /// The ID of the self-healing rule (`policy_id`).
    pub fn policy_id(&self) -> Option<&str> {
        self.policy_id.as_deref()
    }

    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateAutoRepairPolicy",
    command: "create-auto-repair-policy",
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
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the self-healing rule."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_sub_type",
            flag: "resource-sub-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource subtype that can be associated with the self-healing rule.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource type that can be associated with the self-healing rule.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rules",
            flag: "rules",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rules::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of self-healing subrules."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "policy_id",
            flag: "policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the self-healing rule."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
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
            path: "/clusters/{ClusterId}/auto_repair_policies",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
