// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodeGroup` action:

/// Marker type tying the request and response of `DescribeNodeGroup` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeNodeGroup;

impl sdk_shape::Action for DescribeNodeGroup {
    type Request = DescribeNodeGroupRequest;
    type Response = DescribeNodeGroupResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeNodeGroup`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeNodeGroupRequest {
    /// The node group ID.
    ///
    /// Required.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
}

/// Response of `DescribeNodeGroup`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodeGroupResponse {
    /// The zone.
    ///
    /// Wire name: `Az`.
    #[serde(rename = "Az", default, skip_serializing_if = "Option::is_none")]
    pub az: Option<String>,
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
    /// The creation time. The time is in ISO 8601 format.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// Indicates whether file storage mounting is supported.
    ///
    /// Wire name: `FileSystemMountEnabled`.
    #[serde(
        rename = "FileSystemMountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_mount_enabled: Option<bool>,
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
    /// The name of the key pair.
    ///
    /// Wire name: `KeyPairName`.
    #[serde(rename = "KeyPairName", default, skip_serializing_if = "Option::is_none")]
    pub key_pair_name: Option<String>,
    /// Valid values:
    ///
    /// - password: The group supports only password-based logon.
    /// - keypair: The group supports only key pair-based logon.
    /// - both: The group supports both password-based and key pair-based logon.
    ///
    /// If the value is empty, no logon method is configured for the group.
    ///
    /// Wire name: `LoginType`.
    #[serde(rename = "LoginType", default, skip_serializing_if = "Option::is_none")]
    pub login_type: Option<String>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
    /// The number of nodes.
    ///
    /// Wire name: `NodeCount`.
    #[serde(rename = "NodeCount", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<String>,
    /// The node group description.
    ///
    /// Wire name: `NodeGroupDescription`.
    #[serde(
        rename = "NodeGroupDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_description: Option<String>,
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
    /// The name of the RAM role for the node. You can call the RAM API ListRoles to query the RAM roles that you have created.
    ///
    /// Wire name: `RamRoleName`.
    #[serde(rename = "RamRoleName", default, skip_serializing_if = "Option::is_none")]
    pub ram_role_name: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The system cloud disk information.
    ///
    /// Wire name: `SystemDisk`.
    #[serde(rename = "SystemDisk", default, skip_serializing_if = "Option::is_none")]
    pub system_disk: Option<crate::types::SystemDisk>,
    /// The update time. The time is in ISO 8601 format.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// The user-defined script.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// Indicates whether GPU virtualization slicing is supported.
    ///
    /// Wire name: `VirtualGpuEnabled`.
    #[serde(
        rename = "VirtualGpuEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_gpu_enabled: Option<bool>,
}

impl DescribeNodeGroupResponse {
    /// The zone (`Az`).
    pub fn az(&self) -> Option<&str> {
        self.az.as_deref()
    }

    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The cluster name (`ClusterName`).
    pub fn cluster_name(&self) -> Option<&str> {
        self.cluster_name.as_deref()
    }

    /// The creation time. The time is in ISO 8601 format (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// Indicates whether file storage mounting is supported (`FileSystemMountEnabled`).
    pub fn file_system_mount_enabled(&self) -> Option<bool> {
        self.file_system_mount_enabled
    }

    /// The image ID (`ImageId`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The image name (`ImageName`).
    pub fn image_name(&self) -> Option<&str> {
        self.image_name.as_deref()
    }

    /// The name of the key pair (`KeyPairName`).
    pub fn key_pair_name(&self) -> Option<&str> {
        self.key_pair_name.as_deref()
    }

    /// Valid values: (`LoginType`).
    pub fn login_type(&self) -> Option<&str> {
        self.login_type.as_deref()
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<&str> {
        self.node_count.as_deref()
    }

    /// The node group description (`NodeGroupDescription`).
    pub fn node_group_description(&self) -> Option<&str> {
        self.node_group_description.as_deref()
    }

    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The node group name (`NodeGroupName`).
    pub fn node_group_name(&self) -> Option<&str> {
        self.node_group_name.as_deref()
    }

    /// The name of the RAM role for the node. You can call the RAM API ListRoles to query the RAM roles that you have created (`RamRoleName`).
    pub fn ram_role_name(&self) -> Option<&str> {
        self.ram_role_name.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The system cloud disk information (`SystemDisk`).
    pub fn system_disk(&self) -> Option<&crate::types::SystemDisk> {
        self.system_disk.as_ref()
    }

    /// The update time. The time is in ISO 8601 format (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }

    /// The user-defined script (`UserData`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }

    /// Indicates whether GPU virtualization slicing is supported (`VirtualGpuEnabled`).
    pub fn virtual_gpu_enabled(&self) -> Option<bool> {
        self.virtual_gpu_enabled
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeNodeGroup",
    command: "describe-node-group",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "Az",
            flag: "az",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone."),
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
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time. The time is in ISO 8601 format.",
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
            name: "KeyPairName",
            flag: "key-pair-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the key pair."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LoginType",
            flag: "login-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Valid values:\n\n- password: The group supports only password-based logon.\n- keypair: The group supports only key pair-based logon.\n- both: The group supports both password-based and key pair-based logon.\n\nIf the value is empty, no logon method is configured for the group.",
            ),
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
            name: "NodeCount",
            flag: "node-count",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The number of nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupDescription",
            flag: "node-group-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group description."),
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
            name: "RamRoleName",
            flag: "ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the RAM role for the node. You can call the RAM API ListRoles to query the RAM roles that you have created.",
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
        sdk_shape::MemberShape {
            name: "SystemDisk",
            flag: "system-disk",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::system_disk::SHAPE),
            ),
            description: sdk_shape::Text::en("The system cloud disk information."),
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
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The user-defined script."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VirtualGpuEnabled",
            flag: "virtual-gpu-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether GPU virtualization slicing is supported.",
            ),
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
