// @generated from spec/eflo-controller/2022-12-15/types/Groups.json by `cargo xtask codegen`; do not edit.
//! The `Groups` data type.

/// The cluster group information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Groups {
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
    /// The description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates whether file storage mounting is supported.
    ///
    /// Wire name: `FileSystemMountEnabled`.
    #[serde(
        rename = "FileSystemMountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_mount_enabled: Option<bool>,
    /// The group ID.
    ///
    /// Wire name: `GroupId`.
    #[serde(rename = "GroupId", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The group name.
    ///
    /// Wire name: `GroupName`.
    #[serde(rename = "GroupName", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
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
    /// The number of nodes.
    ///
    /// Wire name: `NodeCount`.
    #[serde(rename = "NodeCount", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<i64>,
    /// The update time. The time is in ISO 8601 format.
    ///
    /// Wire name: `UpdateTime`.
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "Option::is_none")]
    pub update_time: Option<String>,
    /// Indicates whether GPU virtualization splitting is supported.
    ///
    /// Wire name: `VirtualGpuEnabled`.
    #[serde(
        rename = "VirtualGpuEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_gpu_enabled: Option<bool>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl Groups {
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

    /// The description (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Indicates whether file storage mounting is supported (`FileSystemMountEnabled`).
    pub fn file_system_mount_enabled(&self) -> Option<bool> {
        self.file_system_mount_enabled
    }

    /// The group ID (`GroupId`).
    pub fn group_id(&self) -> Option<&str> {
        self.group_id.as_deref()
    }

    /// The group name (`GroupName`).
    pub fn group_name(&self) -> Option<&str> {
        self.group_name.as_deref()
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

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<i64> {
        self.node_count
    }

    /// The update time. The time is in ISO 8601 format (`UpdateTime`).
    pub fn update_time(&self) -> Option<&str> {
        self.update_time.as_deref()
    }

    /// Indicates whether GPU virtualization splitting is supported (`VirtualGpuEnabled`).
    pub fn virtual_gpu_enabled(&self) -> Option<bool> {
        self.virtual_gpu_enabled
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

impl Groups {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Groups",
    description: sdk_shape::Text::en("The cluster group information."),
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
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The creation time. The time is in ISO 8601 format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description."),
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
            name: "GroupId",
            flag: "group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GroupName",
            flag: "group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The group name."),
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
            name: "NodeCount",
            flag: "node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes."),
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
            name: "VirtualGpuEnabled",
            flag: "virtual-gpu-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether GPU virtualization splitting is supported.",
            ),
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
