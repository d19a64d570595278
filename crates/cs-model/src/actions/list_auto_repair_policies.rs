// @generated from spec/cs/2015-12-15/actions/ListAutoRepairPolicies.json by `cargo xtask codegen`; do not edit.
//! The `ListAutoRepairPolicies` action:

/// Marker type tying the request and response of `ListAutoRepairPolicies` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListAutoRepairPolicies;

impl sdk_shape::Action for ListAutoRepairPolicies {
    type Request = ListAutoRepairPoliciesRequest;
    type Response = ListAutoRepairPoliciesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListAutoRepairPolicies`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListAutoRepairPoliciesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `ListAutoRepairPolicies`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListAutoRepairPoliciesResponse {
    /// The self-healing rules.
    ///
    /// Wire name: `items`.
    #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<crate::types::ListAutoRepairPoliciesItems>>,
}

impl ListAutoRepairPoliciesResponse {
    /// The self-healing rules (`items`).
    pub fn items(&self) -> &[crate::types::ListAutoRepairPoliciesItems] {
        self.items.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListAutoRepairPolicies",
    command: "list-auto-repair-policies",
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
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "items",
            flag: "items",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_auto_repair_policies_items::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The self-healing rules."),
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
            path: "/clusters/{ClusterId}/auto_repair_policies",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
