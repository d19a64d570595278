// @generated from spec/cs/2015-12-15/actions/ListNodePoolComponentInstanceNodes.json by `cargo xtask codegen`; do not edit.
//! The `ListNodePoolComponentInstanceNodes` action:

/// Marker type tying the request and response of `ListNodePoolComponentInstanceNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListNodePoolComponentInstanceNodes;

impl sdk_shape::Action for ListNodePoolComponentInstanceNodes {
    type Request = ListNodePoolComponentInstanceNodesRequest;
    type Response = ListNodePoolComponentInstanceNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListNodePoolComponentInstanceNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentInstanceNodesRequest {
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
    /// Required.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Filters nodes by the specified configuration version number of the node component.
    ///
    /// Wire name: `config_revision`.
    #[serde(
        rename = "config_revision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub config_revision: Option<String>,
    /// The maximum number of records to return in a single response for pagination. Default value: 20.
    ///
    /// Default: `20`.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination cursor. Do not specify this parameter for the first request. For subsequent requests, specify the token returned in the previous response.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Specifies the list of node names to query.
    ///
    /// Wire name: `node_names`.
    #[serde(rename = "node_names", default, skip_serializing_if = "Option::is_none")]
    pub node_names: Option<Vec<String>>,
    /// Filters nodes by the specified node component version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// Response of `ListNodePoolComponentInstanceNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentInstanceNodesResponse {
    /// The maximum number of records returned in a single response for pagination.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination cursor. Do not specify this parameter for the first request. For subsequent requests, specify the token returned in the previous response.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The list of nodes.
    ///
    /// Wire name: `node_list`.
    #[serde(rename = "node_list", default, skip_serializing_if = "Option::is_none")]
    pub node_list: Option<Vec<crate::types::NodeList>>,
    /// The total number of nodes.
    ///
    /// Wire name: `total_count`.
    #[serde(rename = "total_count", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}

impl ListNodePoolComponentInstanceNodesResponse {
    /// The maximum number of records returned in a single response for pagination (`max_results`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The pagination cursor. Do not specify this parameter for the first request. For subsequent requests, specify the token returned in the previous response (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The list of nodes (`node_list`).
    pub fn node_list(&self) -> &[crate::types::NodeList] {
        self.node_list.as_deref().unwrap_or_default()
    }

    /// The total number of nodes (`total_count`).
    pub fn total_count(&self) -> Option<i64> {
        self.total_count
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListNodePoolComponentInstanceNodes",
    command: "list-node-pool-component-instance-nodes",
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
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "config_revision",
            flag: "config-revision",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Filters nodes by the specified configuration version number of the node component.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of records to return in a single response for pagination. Default value: 20.",
            ),
            default: Some("20"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination cursor. Do not specify this parameter for the first request. For subsequent requests, specify the token returned in the previous response.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_names",
            flag: "node-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies the list of node names to query.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Filters nodes by the specified node component version.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of records returned in a single response for pagination.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination cursor. Do not specify this parameter for the first request. For subsequent requests, specify the token returned in the previous response.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_list",
            flag: "node-list",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_list::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "total_count",
            flag: "total-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The total number of nodes."),
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/component_instances/{Name}/nodes",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
