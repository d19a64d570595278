// @generated from spec/cs/2015-12-15/actions/DescribeClusterNodes.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterNodes` action:

/// Marker type tying the request and response of `DescribeClusterNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterNodes;

impl sdk_shape::Action for DescribeClusterNodes {
    type Request = DescribeClusterNodesRequest;
    type Response = DescribeClusterNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterNodesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The list of node instance IDs. Separate multiple values with commas (,).
    ///
    /// Wire name: `instanceIds`.
    #[serde(rename = "instanceIds", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<String>,
    /// The list of node IP addresses used for filtering. Separate multiple values with commas (,).
    ///
    /// Wire name: `nodeIps`.
    #[serde(rename = "nodeIps", default, skip_serializing_if = "Option::is_none")]
    pub node_ips: Option<String>,
    /// The node labels used for filtering. Specify the labels as key=value pairs separated by commas (,). Multiple labels are evaluated with the AND operator. Only nodes that match all specified labels are returned.
    ///
    /// Wire name: `nodeLabels`.
    #[serde(rename = "nodeLabels", default, skip_serializing_if = "Option::is_none")]
    pub node_labels: Option<String>,
    /// The list of node names used for filtering. Separate multiple values with commas (,).
    ///
    /// Wire name: `nodeNames`.
    #[serde(rename = "nodeNames", default, skip_serializing_if = "Option::is_none")]
    pub node_names: Option<String>,
    /// The node pool ID.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The page number of the current query.
    ///
    /// Default value: 1.
    ///
    /// Default: `"1"`.
    ///
    /// Wire name: `pageNumber`.
    #[serde(rename = "pageNumber", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<String>,
    /// The maximum number of records to return per page. Valid values: 1 to 100.
    ///
    /// Default value: 10.
    ///
    /// Default: `"10"`.
    ///
    /// Wire name: `pageSize`.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<String>,
    /// The running states of the cluster nodes used for filtering. Valid values:
    ///
    /// - `all`: does not filter nodes by running state and queries nodes in all states.
    /// - `running`: the cluster nodes that are running.
    /// - `removing`: the cluster nodes that are being removed.
    /// - `initial`: the cluster nodes that are being initialized.
    /// - `failed`: the cluster nodes that failed to be created.
    ///
    /// Default value: `all`.
    ///
    /// Default: `"all"`.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

/// Response of `DescribeClusterNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterNodesResponse {
    /// The list of node details.
    ///
    /// Wire name: `nodes`.
    #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<crate::types::Nodes>>,
    /// The pagination information.
    ///
    /// Wire name: `page`.
    #[serde(rename = "page", default, skip_serializing_if = "Option::is_none")]
    pub page: Option<crate::types::Page>,
}

impl DescribeClusterNodesResponse {
    /// The list of node details (`nodes`).
    pub fn nodes(&self) -> &[crate::types::Nodes] {
        self.nodes.as_deref().unwrap_or_default()
    }

    /// The pagination information (`page`).
    pub fn page(&self) -> Option<&crate::types::Page> {
        self.page.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterNodes",
    command: "describe-cluster-nodes",
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
            name: "instanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of node instance IDs. Separate multiple values with commas (,).",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodeIps",
            flag: "node-ips",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of node IP addresses used for filtering. Separate multiple values with commas (,).",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodeLabels",
            flag: "node-labels",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node labels used for filtering. Specify the labels as key=value pairs separated by commas (,). Multiple labels are evaluated with the AND operator. Only nodes that match all specified labels are returned.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodeNames",
            flag: "node-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of node names used for filtering. Separate multiple values with commas (,).",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool ID."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pageNumber",
            flag: "page-number",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The page number of the current query.\n\nDefault value: 1.",
            ),
            default: Some("\"1\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pageSize",
            flag: "page-size",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum number of records to return per page. Valid values: 1 to 100.\n\nDefault value: 10.",
            ),
            default: Some("\"10\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The running states of the cluster nodes used for filtering. Valid values:\n\n- `all`: does not filter nodes by running state and queries nodes in all states.\n- `running`: the cluster nodes that are running.\n- `removing`: the cluster nodes that are being removed.\n- `initial`: the cluster nodes that are being initialized.\n- `failed`: the cluster nodes that failed to be created.\n\nDefault value: `all`.",
            ),
            default: Some("\"all\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::nodes::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node details."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page",
            flag: "page",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination information."),
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
            path: "/clusters/{ClusterId}/nodes",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
