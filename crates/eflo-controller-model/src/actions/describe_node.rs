// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNode.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNode` action:

/// Marker type tying the request and response of `DescribeNode` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeNode;

impl sdk_shape::Action for DescribeNode {
    type Request = DescribeNodeRequest;
    type Response = DescribeNodeResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeNode`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeNodeRequest {
    /// The node ID.
    ///
    /// Required.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

/// Response of `DescribeNode`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodeResponse {
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
    /// The creation time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The list of disk information.
    ///
    /// Wire name: `Disks`.
    #[serde(rename = "Disks", default, skip_serializing_if = "Option::is_none")]
    pub disks: Option<Vec<crate::types::Disks>>,
    /// The expiration time. The time is in ISO 8601 format. Z in the example indicates UTC.
    ///
    /// Wire name: `ExpiredTime`.
    #[serde(rename = "ExpiredTime", default, skip_serializing_if = "Option::is_none")]
    pub expired_time: Option<String>,
    /// Indicates whether file storage mounting is supported.
    ///
    /// Wire name: `FileSystemMountEnabled`.
    #[serde(
        rename = "FileSystemMountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_mount_enabled: Option<bool>,
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
    /// The HyperNode ID.
    ///
    /// Wire name: `HyperNodeId`.
    #[serde(rename = "HyperNodeId", default, skip_serializing_if = "Option::is_none")]
    pub hyper_node_id: Option<String>,
    /// The image ID.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The image name.
    ///
    /// Wire name: `ImageName`.
    #[serde(rename = "ImageName", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
    /// The network information.
    ///
    /// Wire name: `Networks`.
    #[serde(rename = "Networks", default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<Vec<crate::types::DescribeNodeNetworks>>,
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The node group name.
    ///
    /// Wire name: `NodeGroupName`.
    #[serde(rename = "NodeGroupName", default, skip_serializing_if = "Option::is_none")]
    pub node_group_name: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The type of the current node. Valid values:
    ///
    /// - cpfs-enhanced
    /// - ebs-enhanced
    /// - standard
    /// - standby
    /// - standard-v2
    /// - standby-v2
    ///
    /// Wire name: `NodeType`.
    #[serde(rename = "NodeType", default, skip_serializing_if = "Option::is_none")]
    pub node_type: Option<String>,
    /// The node status.
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
    /// The savings plan ID.
    ///
    /// Wire name: `SavingsPlanId`.
    #[serde(rename = "SavingsPlanId", default, skip_serializing_if = "Option::is_none")]
    pub savings_plan_id: Option<String>,
    /// The unique identifier of the machine.
    ///
    /// Wire name: `Sn`.
    #[serde(rename = "Sn", default, skip_serializing_if = "Option::is_none")]
    pub sn: Option<String>,
    /// The user-defined script.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl DescribeNodeResponse {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The creation time. The time is in ISO 8601 format. Z in the example indicates UTC (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The list of disk information (`Disks`).
    pub fn disks(&self) -> &[crate::types::Disks] {
        self.disks.as_deref().unwrap_or_default()
    }

    /// The expiration time. The time is in ISO 8601 format. Z in the example indicates UTC (`ExpiredTime`).
    pub fn expired_time(&self) -> Option<&str> {
        self.expired_time.as_deref()
    }

    /// Indicates whether file storage mounting is supported (`FileSystemMountEnabled`).
    pub fn file_system_mount_enabled(&self) -> Option<bool> {
        self.file_system_mount_enabled
    }

    /// The hostname (`Hostname`).
    pub fn hostname(&self) -> Option<&str> {
        self.hostname.as_deref()
    }

    /// The cluster number (`HpnZone`).
    pub fn hpn_zone(&self) -> Option<&str> {
        self.hpn_zone.as_deref()
    }

    /// The HyperNode ID (`HyperNodeId`).
    pub fn hyper_node_id(&self) -> Option<&str> {
        self.hyper_node_id.as_deref()
    }

    /// The image ID (`ImageId`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The image name (`ImageName`).
    pub fn image_name(&self) -> Option<&str> {
        self.image_name.as_deref()
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }

    /// The network information (`Networks`).
    pub fn networks(&self) -> &[crate::types::DescribeNodeNetworks] {
        self.networks.as_deref().unwrap_or_default()
    }

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The node group name (`NodeGroupName`).
    pub fn node_group_name(&self) -> Option<&str> {
        self.node_group_name.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The type of the current node. Valid values: (`NodeType`).
    pub fn node_type(&self) -> Option<&str> {
        self.node_type.as_deref()
    }

    /// The node status (`OperatingState`).
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

    /// The savings plan ID (`SavingsPlanId`).
    pub fn savings_plan_id(&self) -> Option<&str> {
        self.savings_plan_id.as_deref()
    }

    /// The unique identifier of the machine (`Sn`).
    pub fn sn(&self) -> Option<&str> {
        self.sn.as_deref()
    }

    /// The user-defined script (`UserData`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeNode",
    command: "describe-node",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            required: true,
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
            name: "ClusterName",
            flag: "cluster-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster name."),
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
            name: "Disks",
            flag: "disks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::disks::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of disk information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ExpiredTime",
            flag: "expired-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The expiration time. The time is in ISO 8601 format. Z in the example indicates UTC.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileSystemMountEnabled",
            flag: "file-system-mount-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether file storage mounting is supported.",
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
            description: sdk_shape::Text::en("The HyperNode ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageId",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageName",
            flag: "image-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image name."),
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
            name: "Networks",
            flag: "networks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::describe_node_networks::SHAPE),
            ),
            description: sdk_shape::Text::en("The network information."),
            list: true,
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
            description: sdk_shape::Text::en("The node group name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeType",
            flag: "node-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the current node. Valid values:\n\n- cpfs-enhanced\n- ebs-enhanced\n- standard\n- standby\n- standard-v2\n- standby-v2",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OperatingState",
            flag: "operating-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node status."),
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
            name: "SavingsPlanId",
            flag: "savings-plan-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The savings plan ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Sn",
            flag: "sn",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The unique identifier of the machine."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The user-defined script."),
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
