// @generated from spec/eflo-controller/2022-12-15/actions/ListHyperNodes.json by `cargo xtask codegen`; do not edit.
//! The `ListHyperNodes` action:

/// Marker type tying the request and response of `ListHyperNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListHyperNodes;

impl sdk_shape::Action for ListHyperNodes {
    type Request = ListHyperNodesRequest;
    type Response = ListHyperNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListHyperNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListHyperNodesRequest {
    /// The commodity code.
    ///
    /// Wire name: `CommodityCode`.
    #[serde(rename = "CommodityCode", default, skip_serializing_if = "Option::is_none")]
    pub commodity_code: Option<String>,
    /// The list of node IDs.
    ///
    /// Wire name: `HyperNodeIds`.
    #[serde(rename = "HyperNodeIds", default, skip_serializing_if = "Option::is_none")]
    pub hyper_node_ids: Option<Vec<String>>,
    /// The node status. If this parameter is not specified, all statuses are returned. Valid values: Extending, UnusedNodeStopped, UnusedNodeStopping, Unused, Using, ReleaseLocking, Operating, Cutting, ClusterNodeStopped, UnusedNodeRecovering, ClusterNodeStopping, ClusterNodeRecovering, and Replacing.
    ///
    /// Wire name: `OperatingStates`.
    #[serde(
        rename = "OperatingStates",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operating_states: Option<Vec<String>>,
    /// The cluster name.
    ///
    /// Wire name: `ClusterName`.
    #[serde(rename = "ClusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// The cluster number.
    ///
    /// Wire name: `HpnZone`.
    #[serde(rename = "HpnZone", default, skip_serializing_if = "Option::is_none")]
    pub hpn_zone: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `HyperNodeId`.
    #[serde(rename = "HyperNodeId", default, skip_serializing_if = "Option::is_none")]
    pub hyper_node_id: Option<String>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
    /// The number of entries per page in a paged query. Maximum value: 100.
    ///
    /// Default value:
    ///
    /// - If this parameter is not specified or is set to a value less than 20, the default value is 20.
    ///
    /// - If this parameter is set to a value greater than 100, the default value is 100.
    ///
    /// Default: `20`. Maximum: 100.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token. Set this parameter to the NextToken value returned in the previous API call.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The name of the node group.
    ///
    /// Wire name: `NodeGroupName`.
    #[serde(rename = "NodeGroupName", default, skip_serializing_if = "Option::is_none")]
    pub node_group_name: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The tag information.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tags>>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

/// Response of `ListHyperNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListHyperNodesResponse {
    /// The list of nodes.
    ///
    /// Wire name: `HyperNodes`.
    #[serde(rename = "HyperNodes", default, skip_serializing_if = "Option::is_none")]
    pub hyper_nodes: Option<Vec<crate::types::ListHyperNodesHyperNodes>>,
    /// The number of entries per page in a paged query. Maximum value: 100.
    ///
    /// Default value:
    ///
    /// - If this parameter is not specified or is set to a value less than 20, the default value is 20.
    ///
    /// - If this parameter is set to a value greater than 100, the default value is 100.
    ///
    /// Default: `20`. Maximum: 100.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The NextToken for the next page. Include this value when requesting the next page.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListHyperNodesResponse {
    /// The list of nodes (`HyperNodes`).
    pub fn hyper_nodes(&self) -> &[crate::types::ListHyperNodesHyperNodes] {
        self.hyper_nodes.as_deref().unwrap_or_default()
    }

    /// The number of entries per page in a paged query. Maximum value: 100 (`MaxResults`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The NextToken for the next page. Include this value when requesting the next page (`NextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListHyperNodes",
    command: "list-hyper-nodes",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "CommodityCode",
            flag: "commodity-code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The commodity code."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HyperNodeIds",
            flag: "hyper-node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of node IDs."),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OperatingStates",
            flag: "operating-states",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node status. If this parameter is not specified, all statuses are returned. Valid values: Extending, UnusedNodeStopped, UnusedNodeStopping, Unused, Using, ReleaseLocking, Operating, Cutting, ClusterNodeStopped, UnusedNodeRecovering, ClusterNodeStopping, ClusterNodeRecovering, and Replacing.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ClusterName",
            flag: "cluster-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HpnZone",
            flag: "hpn-zone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster number."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HyperNodeId",
            flag: "hyper-node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MachineType",
            flag: "machine-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The machine type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries per page in a paged query. Maximum value: 100.\n\nDefault value:\n\n- If this parameter is not specified or is set to a value less than 20, the default value is 20.\n\n- If this parameter is set to a value greater than 100, the default value is 100.",
            ),
            default: Some("20"),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pagination token. Set this parameter to the NextToken value returned in the previous API call.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupName",
            flag: "node-group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the node group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tags::SHAPE),
            ),
            description: sdk_shape::Text::en("The tag information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ZoneId",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "HyperNodes",
            flag: "hyper-nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_hyper_nodes_hyper_nodes::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries per page in a paged query. Maximum value: 100.\n\nDefault value:\n\n- If this parameter is not specified or is set to a value less than 20, the default value is 20.\n\n- If this parameter is set to a value greater than 100, the default value is 100.",
            ),
            default: Some("20"),
            maximum: Some(100i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The NextToken for the next page. Include this value when requesting the next page.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
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
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
