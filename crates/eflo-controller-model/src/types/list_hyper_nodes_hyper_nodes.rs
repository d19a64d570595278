// @generated from spec/eflo-controller/2022-12-15/types/ListHyperNodesHyperNodes.json by `cargo xtask codegen`; do not edit.
//! The `ListHyperNodesHyperNodes` data type.

/// The list of nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListHyperNodesHyperNodes {
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
    /// The commodity code.
    ///
    /// Wire name: `CommodityCode`.
    #[serde(rename = "CommodityCode", default, skip_serializing_if = "Option::is_none")]
    pub commodity_code: Option<String>,
    /// The creation time. The time is in ISO 8601 format.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The expiration time. The time is in ISO 8601 format. The Z in the example indicates UTC.
    ///
    /// Wire name: `ExpireTime`.
    #[serde(rename = "ExpireTime", default, skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<String>,
    /// The hostname.
    ///
    /// Wire name: `Hostname`.
    #[serde(rename = "Hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
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
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The node group.
    ///
    /// Wire name: `NodeGroupName`.
    #[serde(rename = "NodeGroupName", default, skip_serializing_if = "Option::is_none")]
    pub node_group_name: Option<String>,
    /// The hyper node status.
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
    /// The node status.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The list of tags.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tags>>,
    /// The task ID.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl ListHyperNodesHyperNodes {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The commodity code (`CommodityCode`).
    pub fn commodity_code(&self) -> Option<&str> {
        self.commodity_code.as_deref()
    }

    /// The creation time. The time is in ISO 8601 format (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The expiration time. The time is in ISO 8601 format. The Z in the example indicates UTC (`ExpireTime`).
    pub fn expire_time(&self) -> Option<&str> {
        self.expire_time.as_deref()
    }

    /// The hostname (`Hostname`).
    pub fn hostname(&self) -> Option<&str> {
        self.hostname.as_deref()
    }

    /// The cluster number (`HpnZone`).
    pub fn hpn_zone(&self) -> Option<&str> {
        self.hpn_zone.as_deref()
    }

    /// The node ID (`HyperNodeId`).
    pub fn hyper_node_id(&self) -> Option<&str> {
        self.hyper_node_id.as_deref()
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The node group (`NodeGroupName`).
    pub fn node_group_name(&self) -> Option<&str> {
        self.node_group_name.as_deref()
    }

    /// The hyper node status (`OperatingState`).
    pub fn operating_state(&self) -> Option<&str> {
        self.operating_state.as_deref()
    }

    /// The resource group ID (`ResourceGroupId`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The node status (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The list of tags (`Tags`).
    pub fn tags(&self) -> &[crate::types::Tags] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The task ID (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

impl ListHyperNodesHyperNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListHyperNodesHyperNodes",
    description: sdk_shape::Text::en("The list of nodes."),
    members: &[
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
            name: "CommodityCode",
            flag: "commodity-code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The commodity code."),
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
            name: "ExpireTime",
            flag: "expire-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The expiration time. The time is in ISO 8601 format. The Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hostname",
            flag: "hostname",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname."),
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
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupName",
            flag: "node-group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OperatingState",
            flag: "operating-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hyper node status."),
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
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tags::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of tags."),
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
            name: "ZoneId",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
