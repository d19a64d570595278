// @generated from spec/cs/2015-12-15/actions/DescribeAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The `DescribeAutoRepairPolicy` action:

/// Marker type tying the request and response of `DescribeAutoRepairPolicy` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeAutoRepairPolicy;

impl sdk_shape::Action for DescribeAutoRepairPolicy {
    type Request = DescribeAutoRepairPolicyRequest;
    type Response = DescribeAutoRepairPolicyResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeAutoRepairPolicy`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeAutoRepairPolicyRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `PolicyId`.
    #[serde(rename = "PolicyId", default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
}

/// Response of `DescribeAutoRepairPolicy`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeAutoRepairPolicyResponse {
    /// The self-healing rule ID.
    ///
    /// Wire name: `id`.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the self-healing rule.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of resources bound to the self-healing rule.
    ///
    /// Wire name: `resource_ids`.
    #[serde(rename = "resource_ids", default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// The subtype of the resource bound to the self-healing rule.
    ///
    /// Wire name: `resource_sub_type`.
    #[serde(
        rename = "resource_sub_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_sub_type: Option<String>,
    /// The type of resource bound to the self-healing rule.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of self-healing sub-rules.
    ///
    /// Wire name: `rules`.
    #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<crate::types::Rules>>,
}

impl DescribeAutoRepairPolicyResponse {
    /// The self-healing rule ID (`id`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The name of the self-healing rule (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The list of resources bound to the self-healing rule (`resource_ids`).
    pub fn resource_ids(&self) -> &[String] {
        self.resource_ids.as_deref().unwrap_or_default()
    }

    /// The subtype of the resource bound to the self-healing rule (`resource_sub_type`).
    pub fn resource_sub_type(&self) -> Option<&str> {
        self.resource_sub_type.as_deref()
    }

    /// The type of resource bound to the self-healing rule (`resource_type`).
    pub fn resource_type(&self) -> Option<&str> {
        self.resource_type.as_deref()
    }

    /// The list of self-healing sub-rules (`rules`).
    pub fn rules(&self) -> &[crate::types::Rules] {
        self.rules.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeAutoRepairPolicy",
    command: "describe-auto-repair-policy",
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
        sdk_shape::MemberShape {
            name: "PolicyId",
            flag: "policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "id",
            flag: "id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The self-healing rule ID."),
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
            name: "resource_ids",
            flag: "resource-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of resources bound to the self-healing rule.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_sub_type",
            flag: "resource-sub-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The subtype of the resource bound to the self-healing rule.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of resource bound to the self-healing rule.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rules",
            flag: "rules",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rules::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of self-healing sub-rules."),
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
            path: "/clusters/{ClusterId}/auto_repair_policies/{PolicyId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
