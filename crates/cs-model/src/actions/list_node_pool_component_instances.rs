// @generated from spec/cs/2015-12-15/actions/ListNodePoolComponentInstances.json by `cargo xtask codegen`; do not edit.
//! The `ListNodePoolComponentInstances` action:

/// Marker type tying the request and response of `ListNodePoolComponentInstances` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListNodePoolComponentInstances;

impl sdk_shape::Action for ListNodePoolComponentInstances {
    type Request = ListNodePoolComponentInstancesRequest;
    type Response = ListNodePoolComponentInstancesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListNodePoolComponentInstances`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentInstancesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodepoolId`.
    #[serde(rename = "NodepoolId", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The maximum number of results to return. Default value: 200.
    ///
    /// Default: `200`.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

/// Response of `ListNodePoolComponentInstances`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentInstancesResponse {
    /// The list of node component instances.
    ///
    /// Wire name: `component_instances`.
    #[serde(
        rename = "component_instances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub component_instances: Option<Vec<crate::types::ComponentInstances>>,
    /// The maximum number of results to return. Default value: 200.
    ///
    /// Default: `200`.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListNodePoolComponentInstancesResponse {
    /// The list of node component instances (`component_instances`).
    pub fn component_instances(&self) -> &[crate::types::ComponentInstances] {
        self.component_instances.as_deref().unwrap_or_default()
    }

    /// The maximum number of results to return. Default value: 200 (`max_results`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The pagination token (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListNodePoolComponentInstances",
    command: "list-node-pool-component-instances",
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
            name: "NodepoolId",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return. Default value: 200.",
            ),
            default: Some("200"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "component_instances",
            flag: "component-instances",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::component_instances::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node component instances."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return. Default value: 200.",
            ),
            default: Some("200"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/component_instances",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
