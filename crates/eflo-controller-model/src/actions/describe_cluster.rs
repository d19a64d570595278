// @generated from spec/eflo-controller/2022-12-15/actions/DescribeCluster.json by `cargo xtask codegen`; do not edit.
//! The `DescribeCluster` action:

/// Marker type tying the request and response of `DescribeCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeCluster;

impl sdk_shape::Action for DescribeCluster {
    type Request = DescribeClusterRequest;
    type Response = DescribeClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterRequest {
    /// The cluster ID.
    ///
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `DescribeCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterResponse {
    /// The cluster description.
    ///
    /// Wire name: `ClusterDescription`.
    #[serde(
        rename = "ClusterDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_description: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
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
    /// The component information.
    ///
    /// Wire name: `Components`.
    #[serde(rename = "Components", default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<crate::types::DescribeClusterComponents>>,
    /// The IP version of the computing network.
    ///
    /// Wire name: `ComputingIpVersion`.
    #[serde(
        rename = "ComputingIpVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub computing_ip_version: Option<String>,
    /// The creation time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The cluster number.
    ///
    /// Wire name: `HpnZone`.
    #[serde(rename = "HpnZone", default, skip_serializing_if = "Option::is_none")]
    pub hpn_zone: Option<String>,
    /// The network information.
    ///
    /// Wire name: `Networks`.
    #[serde(rename = "Networks", default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<crate::types::DescribeClusterNetworks>,
    /// The number of nodes.
    ///
    /// Wire name: `NodeCount`.
    #[serde(rename = "NodeCount", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<i64>,
    /// The number of node groups.
    ///
    /// Wire name: `NodeGroupCount`.
    #[serde(rename = "NodeGroupCount", default, skip_serializing_if = "Option::is_none")]
    pub node_group_count: Option<i64>,
    /// The jumbo frame setting for the network interface.
    ///
    /// Wire name: `OpenEniJumboFrame`.
    #[serde(
        rename = "OpenEniJumboFrame",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub open_eni_jumbo_frame: Option<String>,
    /// The cluster status.
    ///
    /// Wire name: `OperatingState`.
    #[serde(rename = "OperatingState", default, skip_serializing_if = "Option::is_none")]
    pub operating_state: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The resource group ID.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The security group ID.
    ///
    /// Wire name: `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// The update time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// The vSwitch ID.
    ///
    /// Wire name: `VSwitchId`.
    #[serde(rename = "VSwitchId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_id: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `VpcId`.
    #[serde(rename = "VpcId", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl DescribeClusterResponse {
    /// The cluster description (`ClusterDescription`).
    pub fn cluster_description(&self) -> Option<&str> {
        self.cluster_description.as_deref()
    }

    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The cluster type (`ClusterType`).
    pub fn cluster_type(&self) -> Option<&str> {
        self.cluster_type.as_deref()
    }

    /// The component information (`Components`).
    pub fn components(&self) -> &[crate::types::DescribeClusterComponents] {
        self.components.as_deref().unwrap_or_default()
    }

    /// The IP version of the computing network (`ComputingIpVersion`).
    pub fn computing_ip_version(&self) -> Option<&str> {
        self.computing_ip_version.as_deref()
    }

    /// The creation time. The time is in ISO 8601 format. Z in the example indicates UTC (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The cluster number (`HpnZone`).
    pub fn hpn_zone(&self) -> Option<&str> {
        self.hpn_zone.as_deref()
    }

    /// The network information (`Networks`).
    pub fn networks(&self) -> Option<&crate::types::DescribeClusterNetworks> {
        self.networks.as_ref()
    }

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<i64> {
        self.node_count
    }

    /// The number of node groups (`NodeGroupCount`).
    pub fn node_group_count(&self) -> Option<i64> {
        self.node_group_count
    }

    /// The jumbo frame setting for the network interface (`OpenEniJumboFrame`).
    pub fn open_eni_jumbo_frame(&self) -> Option<&str> {
        self.open_eni_jumbo_frame.as_deref()
    }

    /// The cluster status (`OperatingState`).
    pub fn operating_state(&self) -> Option<&str> {
        self.operating_state.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The resource group ID (`ResourceGroupId`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The security group ID (`SecurityGroupId`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The task ID (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }

    /// The update time. The time is in ISO 8601 format. Z in the example indicates UTC (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }

    /// The vSwitch ID (`VSwitchId`).
    pub fn v_switch_id(&self) -> Option<&str> {
        self.v_switch_id.as_deref()
    }

    /// The VPC ID (`VpcId`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeCluster",
    command: "describe-cluster",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "ClusterDescription",
            flag: "cluster-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
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
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_components::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The component information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ComputingIpVersion",
            flag: "computing-ip-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP version of the computing network."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
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
            name: "Networks",
            flag: "networks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::describe_cluster_networks::SHAPE),
            ),
            description: sdk_shape::Text::en("The network information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeCount",
            flag: "node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupCount",
            flag: "node-group-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of node groups."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OpenEniJumboFrame",
            flag: "open-eni-jumbo-frame",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The jumbo frame setting for the network interface.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OperatingState",
            flag: "operating-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster status."),
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
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SecurityGroupId",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The security group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskId",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdateTime",
            flag: "update-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The update time. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VSwitchId",
            flag: "v-switch-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The vSwitch ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpcId",
            flag: "vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
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
