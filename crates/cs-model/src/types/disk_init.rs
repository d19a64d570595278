// @generated from spec/cs/2015-12-15/types/DiskInit.json by `cargo xtask codegen`; do not edit.
//! The `DiskInit` data type.

/// The block device initialization configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DiskInit {
    /// The unique identifier for a disk in the node pool.
    ///
    /// - When local_disk is set to false, the value must match one of the disk_name values in scaling_group.data_disks.
    /// - When local_disk is set to true, the value must be different from all disk_name values in scaling_group.data_disks.
    ///
    /// Required.
    ///
    /// Wire name: `disk_name`.
    #[serde(rename = "disk_name", default, skip_serializing_if = "Option::is_none")]
    pub disk_name: Option<String>,
    /// Specifies whether this configuration applies to a local disk. When this parameter is set to true:
    ///
    /// - If the disk cannot be matched by using the ECS DiskName and symbolic links, the local disk can be matched.
    /// - If the disk is detected as uninitialized during boot, it is reinitialized.
    /// - Both mount_target and mkfs_type must be set or left empty at the same time.
    /// - When used in combination with mount_for_runtime, if the local disk is reinitialized, the node must be removed from and then re-added to the node pool.
    ///
    /// Wire name: `local_disk`.
    #[serde(rename = "local_disk", default, skip_serializing_if = "Option::is_none")]
    pub local_disk: Option<bool>,
    /// The type of the file system for automatic formatting. An empty value indicates that the disk is not formatted.
    ///
    /// Wire name: `mkfs_type`.
    #[serde(rename = "mkfs_type", default, skip_serializing_if = "Option::is_none")]
    pub mkfs_type: Option<String>,
    /// Specifies whether container runtime data is stored on the disk.
    ///
    /// Wire name: `mount_for_runtime`.
    #[serde(
        rename = "mount_for_runtime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_for_runtime: Option<bool>,
    /// The mount directory. An empty value indicates that the disk is not mounted.
    ///
    /// Wire name: `mount_target`.
    #[serde(rename = "mount_target", default, skip_serializing_if = "Option::is_none")]
    pub mount_target: Option<String>,
}

impl DiskInit {
    /// A `DiskInit` with its required members `disk_name`.
    pub fn new(disk_name: impl Into<String>) -> Self {
        Self {
            disk_name: Some(disk_name.into()),
            local_disk: None,
            mkfs_type: None,
            mount_for_runtime: None,
            mount_target: None,
        }
    }

    /// Sets `local_disk`: Specifies whether this configuration applies to a local disk. When this parameter is set to true:.
    pub fn with_local_disk(mut self, value: bool) -> Self {
        self.local_disk = Some(value);
        self
    }

    /// Sets `mkfs_type`: The type of the file system for automatic formatting. An empty value indicates that the disk is not formatted.
    pub fn with_mkfs_type(mut self, value: impl Into<String>) -> Self {
        self.mkfs_type = Some(value.into());
        self
    }

    /// Sets `mount_for_runtime`: Specifies whether container runtime data is stored on the disk.
    pub fn with_mount_for_runtime(mut self, value: bool) -> Self {
        self.mount_for_runtime = Some(value);
        self
    }

    /// Sets `mount_target`: The mount directory. An empty value indicates that the disk is not mounted.
    pub fn with_mount_target(mut self, value: impl Into<String>) -> Self {
        self.mount_target = Some(value.into());
        self
    }

    /// The unique identifier for a disk in the node pool (`disk_name`).
    pub fn disk_name(&self) -> Option<&str> {
        self.disk_name.as_deref()
    }

    /// Specifies whether this configuration applies to a local disk. When this parameter is set to true: (`local_disk`).
    pub fn local_disk(&self) -> Option<bool> {
        self.local_disk
    }

    /// The type of the file system for automatic formatting. An empty value indicates that the disk is not formatted (`mkfs_type`).
    pub fn mkfs_type(&self) -> Option<&str> {
        self.mkfs_type.as_deref()
    }

    /// Specifies whether container runtime data is stored on the disk (`mount_for_runtime`).
    pub fn mount_for_runtime(&self) -> Option<bool> {
        self.mount_for_runtime
    }

    /// The mount directory. An empty value indicates that the disk is not mounted (`mount_target`).
    pub fn mount_target(&self) -> Option<&str> {
        self.mount_target.as_deref()
    }
}

impl DiskInit {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DiskInit",
    description: sdk_shape::Text::en("The block device initialization configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "disk_name",
            flag: "disk-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The unique identifier for a disk in the node pool.\n\n- When local_disk is set to false, the value must match one of the disk_name values in scaling_group.data_disks.\n- When local_disk is set to true, the value must be different from all disk_name values in scaling_group.data_disks.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "local_disk",
            flag: "local-disk",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether this configuration applies to a local disk. When this parameter is set to true:\n\n- If the disk cannot be matched by using the ECS DiskName and symbolic links, the local disk can be matched.\n- If the disk is detected as uninitialized during boot, it is reinitialized.\n- Both mount_target and mkfs_type must be set or left empty at the same time.\n- When used in combination with mount_for_runtime, if the local disk is reinitialized, the node must be removed from and then re-added to the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "mkfs_type",
            flag: "mkfs-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the file system for automatic formatting. An empty value indicates that the disk is not formatted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "mount_for_runtime",
            flag: "mount-for-runtime",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether container runtime data is stored on the disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "mount_target",
            flag: "mount-target",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The mount directory. An empty value indicates that the disk is not mounted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
