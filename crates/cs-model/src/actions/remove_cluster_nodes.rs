// @generated from spec/cs/2015-12-15/actions/RemoveClusterNodes.json by `cargo xtask codegen`; do not edit.
//! The `RemoveClusterNodes` action:

/// Marker type tying the request and response of `RemoveClusterNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct RemoveClusterNodes;

impl sdk_shape::Action for RemoveClusterNodes {
    type Request = RemoveClusterNodesRequest;
    type Response = RemoveClusterNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `RemoveClusterNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RemoveClusterNodesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Wire name: `drain_node`.
    #[serde(rename = "drain_node", default, skip_serializing_if = "Option::is_none")]
    pub drain_node: Option<bool>,
    /// Required.
    ///
    /// Wire name: `nodes`.
    #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
    /// Wire name: `release_node`.
    #[serde(rename = "release_node", default, skip_serializing_if = "Option::is_none")]
    pub release_node: Option<bool>,
}

/// Response of `RemoveClusterNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RemoveClusterNodesResponse {}
impl RemoveClusterNodesResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "RemoveClusterNodes",
    command: "remove-cluster-nodes",
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
            name: "drain_node",
            flag: "drain-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "release_node",
            flag: "release-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/api/v2/clusters/{ClusterId}/nodes/remove",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
