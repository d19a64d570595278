// @generated from spec/eflo-controller/2022-12-15/actions/ExtendCluster.json by `cargo xtask codegen`; do not edit.
//! The `ExtendCluster` action:

/// Marker type tying the request and response of `ExtendCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtendCluster;

impl sdk_shape::Action for ExtendCluster {
    type Request = ExtendClusterRequest;
    type Response = ExtendClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ExtendCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ExtendClusterRequest {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to skip failed nodes. Default value: False.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `IgnoreFailedNodeTasks`.
    #[serde(
        rename = "IgnoreFailedNodeTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignore_failed_node_tasks: Option<bool>,
    /// The combined policy for IP allocation. Each policy can use only one policy type, and multiple policies can be combined.
    ///
    /// Wire name: `IpAllocationPolicy`.
    #[serde(
        rename = "IpAllocationPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_allocation_policy: Option<Vec<crate::types::ExtendClusterIpAllocationPolicy>>,
    /// The node group.
    ///
    /// Wire name: `NodeGroups`.
    #[serde(rename = "NodeGroups", default, skip_serializing_if = "Option::is_none")]
    pub node_groups: Option<Vec<crate::types::ExtendClusterNodeGroups>>,
    /// The zone ID of the vSwitch.
    ///
    /// Wire name: `VSwitchZoneId`.
    #[serde(rename = "VSwitchZoneId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_zone_id: Option<String>,
    /// The list of cluster subnets.
    ///
    /// Wire name: `VpdSubnets`.
    #[serde(rename = "VpdSubnets", default, skip_serializing_if = "Option::is_none")]
    pub vpd_subnets: Option<Vec<String>>,
}

/// Response of `ExtendCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ExtendClusterResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl ExtendClusterResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ExtendCluster",
    command: "extend-cluster",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IgnoreFailedNodeTasks",
            flag: "ignore-failed-node-tasks",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to skip failed nodes. Default value: False.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IpAllocationPolicy",
            flag: "ip-allocation-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::extend_cluster_ip_allocation_policy::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The combined policy for IP allocation. Each policy can use only one policy type, and multiple policies can be combined.",
            ),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroups",
            flag: "node-groups",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::extend_cluster_node_groups::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The node group."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VSwitchZoneId",
            flag: "v-switch-zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID of the vSwitch."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpdSubnets",
            flag: "vpd-subnets",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of cluster subnets."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskId",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
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
