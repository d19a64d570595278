// @generated from spec/eflo-controller/2022-12-15/types/Clusters.json by `cargo xtask codegen`; do not edit.
//! The `Clusters` data type.

/// The cluster information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Clusters {
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
    pub components: Option<serde_json::Value>,
    /// The IP version of the computing network.
    ///
    /// Wire name: `ComputingIpVersion`.
    #[serde(
        rename = "ComputingIpVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub computing_ip_version: Option<String>,
    /// The creation time. The time is in ISO 8601 format.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The cluster number.
    ///
    /// Wire name: `HpnZone`.
    #[serde(rename = "HpnZone", default, skip_serializing_if = "Option::is_none")]
    pub hpn_zone: Option<String>,
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
    /// The cluster status.
    ///
    /// Wire name: `OperatingState`.
    #[serde(rename = "OperatingState", default, skip_serializing_if = "Option::is_none")]
    pub operating_state: Option<String>,
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
    /// The task ID.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// The update time. The time is in ISO 8601 format.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `VpcId`.
    #[serde(rename = "VpcId", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl Clusters {
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
    pub fn components(&self) -> Option<&serde_json::Value> {
        self.components.as_ref()
    }

    /// The IP version of the computing network (`ComputingIpVersion`).
    pub fn computing_ip_version(&self) -> Option<&str> {
        self.computing_ip_version.as_deref()
    }

    /// The creation time. The time is in ISO 8601 format (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The cluster number (`HpnZone`).
    pub fn hpn_zone(&self) -> Option<&str> {
        self.hpn_zone.as_deref()
    }

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<i64> {
        self.node_count
    }

    /// The number of node groups (`NodeGroupCount`).
    pub fn node_group_count(&self) -> Option<i64> {
        self.node_group_count
    }

    /// The cluster status (`OperatingState`).
    pub fn operating_state(&self) -> Option<&str> {
        self.operating_state.as_deref()
    }

    /// The resource group ID (`ResourceGroupId`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The tag information (`Tags`).
    pub fn tags(&self) -> &[crate::types::Tags] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The task ID (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }

    /// The update time. The time is in ISO 8601 format (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }

    /// The VPC ID (`VpcId`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }
}

impl Clusters {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Clusters",
    description: sdk_shape::Text::en("The cluster information."),
    members: &[
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
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The component information."),
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
                "The creation time. The time is in ISO 8601 format.",
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
            name: "OperatingState",
            flag: "operating-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster status."),
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
                "The update time. The time is in ISO 8601 format.",
            ),
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
};
