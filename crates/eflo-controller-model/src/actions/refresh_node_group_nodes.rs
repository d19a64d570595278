// @generated from spec/eflo-controller/2022-12-15/actions/RefreshNodeGroupNodes.json by `cargo xtask codegen`; do not edit.
//! The `RefreshNodeGroupNodes` action:

/// Marker type tying the request and response of `RefreshNodeGroupNodes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct RefreshNodeGroupNodes;

impl sdk_shape::Action for RefreshNodeGroupNodes {
    type Request = RefreshNodeGroupNodesRequest;
    type Response = RefreshNodeGroupNodesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `RefreshNodeGroupNodes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RefreshNodeGroupNodesRequest {
    /// The maximum disruptive action level allowed for the refresh operation. The system independently evaluates the action level required to refresh each drifted property of a node and performs the refresh within the specified action level constraint. If the action level required for a property exceeds the specified level, that property is skipped. Action levels in increasing order of disruption: Refresh < Reboot < Reimage.
    ///
    /// - Refresh (default): only refreshes the configuration in place without restarting or reimaging. Currently applicable only to the RamRoleName property.
    /// - Reboot (not currently supported): allows restarting the node for the configuration to take effect. Supported properties include system cloud disk type and all properties supported by Refresh.
    /// - Reimage (not currently supported): allows reimaging the node for the configuration to take effect. Supported properties include image ID and all properties supported by Reboot.
    ///
    /// Wire name: `MaxDisruptiveAction`.
    #[serde(
        rename = "MaxDisruptiveAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_disruptive_action: Option<String>,
    /// The node group ID.
    ///
    /// Required.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The filter scope for node refresh. If not specified, all nodes in the node group are included. \<warning>If the instance type is a hypernode, pass in the TrayNode ID, not the HyperNodeId.\</warning>
    ///
    /// Wire name: `NodeIds`.
    #[serde(rename = "NodeIds", default, skip_serializing_if = "Option::is_none")]
    pub node_ids: Option<Vec<String>>,
}

/// Response of `RefreshNodeGroupNodes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RefreshNodeGroupNodesResponse {
    /// The task ID. Query the task progress through [DescribeNodeGroupRefreshTask](crate::actions::describe_node_group_refresh_task::DescribeNodeGroupRefreshTask). If no node has configuration drift, no task is created and this field returns an empty string.
    ///
    /// Wire name: `NodeGroupRefreshTaskId`.
    #[serde(
        rename = "NodeGroupRefreshTaskId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_refresh_task_id: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl RefreshNodeGroupNodesResponse {
    /// The task ID. Query the task progress through [DescribeNodeGroupRefreshTask](crate::actions::describe_node_group_refresh_task::DescribeNodeGroupRefreshTask). If no node has configuration drift, no task is created and this field returns an empty string (`NodeGroupRefreshTaskId`).
    pub fn node_group_refresh_task_id(&self) -> Option<&str> {
        self.node_group_refresh_task_id.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "RefreshNodeGroupNodes",
    command: "refresh-node-group-nodes",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "MaxDisruptiveAction",
            flag: "max-disruptive-action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum disruptive action level allowed for the refresh operation. The system independently evaluates the action level required to refresh each drifted property of a node and performs the refresh within the specified action level constraint. If the action level required for a property exceeds the specified level, that property is skipped. Action levels in increasing order of disruption: Refresh < Reboot < Reimage.\n\n- Refresh (default): only refreshes the configuration in place without restarting or reimaging. Currently applicable only to the RamRoleName property.\n- Reboot (not currently supported): allows restarting the node for the configuration to take effect. Supported properties include system cloud disk type and all properties supported by Refresh.\n- Reimage (not currently supported): allows reimaging the node for the configuration to take effect. Supported properties include image ID and all properties supported by Reboot.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIds",
            flag: "node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The filter scope for node refresh. If not specified, all nodes in the node group are included. \\<warning>If the instance type is a hypernode, pass in the TrayNode ID, not the HyperNodeId.\\</warning>",
            ),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "NodeGroupRefreshTaskId",
            flag: "node-group-refresh-task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The task ID. Query the task progress through DescribeNodeGroupRefreshTask. If no node has configuration drift, no task is created and this field returns an empty string.",
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
