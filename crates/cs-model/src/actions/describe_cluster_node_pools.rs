// @generated from spec/cs/2015-12-15/actions/DescribeClusterNodePools.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterNodePools` action:

/// Marker type tying the request and response of `DescribeClusterNodePools` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterNodePools;

impl sdk_shape::Action for DescribeClusterNodePools {
    type Request = DescribeClusterNodePoolsRequest;
    type Response = DescribeClusterNodePoolsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterNodePools`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterNodePoolsRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The node pool name.
    ///
    /// Wire name: `NodepoolName`.
    #[serde(rename = "NodepoolName", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_name: Option<String>,
}

/// Response of `DescribeClusterNodePools`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterNodePoolsResponse {
    /// The list of node pools.
    ///
    /// Wire name: `nodepools`.
    #[serde(rename = "nodepools", default, skip_serializing_if = "Option::is_none")]
    pub nodepools: Option<Vec<crate::types::Nodepools>>,
}

impl DescribeClusterNodePoolsResponse {
    /// The list of node pools (`nodepools`).
    pub fn nodepools(&self) -> &[crate::types::Nodepools] {
        self.nodepools.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterNodePools",
    command: "describe-cluster-node-pools",
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
            name: "NodepoolName",
            flag: "nodepool-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool name."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "nodepools",
            flag: "nodepools",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::nodepools::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node pools."),
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
            path: "/clusters/{ClusterId}/nodepools",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
