// @generated from spec/eflo-controller/2022-12-15/actions/CreateCluster.json by `cargo xtask codegen`; do not edit.
//! The `CreateCluster` action:

/// Marker type tying the request and response of `CreateCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateCluster;

impl sdk_shape::Action for CreateCluster {
    type Request = CreateClusterRequest;
    type Response = CreateClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterRequest {
    /// The resource tags.
    ///
    /// Wire name: `Tag`.
    #[serde(rename = "Tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<Vec<crate::types::Tag>>,
    /// The cluster description.
    ///
    /// Wire name: `ClusterDescription`.
    #[serde(
        rename = "ClusterDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_description: Option<String>,
    /// The cluster name.
    ///
    /// Wire name: `ClusterName`.
    #[serde(rename = "ClusterName", default, skip_serializing_if = "Option::is_none")]
    pub cluster_name: Option<String>,
    /// The cluster type.
    ///
    /// Wire name: `ClusterType`.
    #[serde(rename = "ClusterType", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The components (software instances).
    ///
    /// Wire name: `Components`.
    #[serde(rename = "Components", default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<crate::types::Components>>,
    /// The cluster number.
    ///
    /// Wire name: `HpnZone`.
    #[serde(rename = "HpnZone", default, skip_serializing_if = "Option::is_none")]
    pub hpn_zone: Option<String>,
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
    /// The network information.
    ///
    /// Wire name: `Networks`.
    #[serde(rename = "Networks", default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<crate::types::Networks>,
    /// The node vSwitches.
    ///
    /// Wire name: `NimizVSwitches`.
    #[serde(rename = "NimizVSwitches", default, skip_serializing_if = "Option::is_none")]
    pub nimiz_v_switches: Option<Vec<String>>,
    /// The list of node groups.
    ///
    /// Wire name: `NodeGroups`.
    #[serde(rename = "NodeGroups", default, skip_serializing_if = "Option::is_none")]
    pub node_groups: Option<Vec<crate::types::NodeGroups>>,
    /// Specifies whether the network interface supports jumbo frames.
    ///
    /// Wire name: `OpenEniJumboFrame`.
    #[serde(
        rename = "OpenEniJumboFrame",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub open_eni_jumbo_frame: Option<bool>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
}

/// Response of `CreateCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateClusterResponse {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
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

impl CreateClusterResponse {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

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
    name: "CreateCluster",
    command: "create-cluster",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Tag",
            flag: "tag",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The resource tags."),
            list: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ClusterDescription",
            flag: "cluster-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster description."),
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
            name: "ClusterType",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Components",
            flag: "components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::components::SHAPE),
            ),
            description: sdk_shape::Text::en("The components (software instances)."),
            list: true,
            style: Some(sdk_shape::Style::Json),
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
            name: "Networks",
            flag: "networks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::networks::SHAPE),
            ),
            description: sdk_shape::Text::en("The network information."),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NimizVSwitches",
            flag: "nimiz-v-switches",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node vSwitches."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroups",
            flag: "node-groups",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_groups::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node groups."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OpenEniJumboFrame",
            flag: "open-eni-jumbo-frame",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the network interface supports jumbo frames.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource group ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
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
