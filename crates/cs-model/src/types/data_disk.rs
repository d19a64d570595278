// @generated from spec/cs/2015-12-15/types/DataDisk.json by `cargo xtask codegen`; do not edit.
//! The `DataDisk` data type.

/// The data cloud disk configuration for nodes in the node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct DataDisk {
    /// Specifies whether to automatically mount the data disk.
    ///
    /// Wire name: `auto_format`.
    #[serde(rename = "auto_format", default, skip_serializing_if = "Option::is_none")]
    pub auto_format: Option<bool>,
    /// The ID of the automatic snapshot policy. The system performs automatic backup for a cloud disk based on the specified automatic snapshot policy.
    ///
    /// By default, this parameter is empty, which indicates that automatic backup is disabled.
    ///
    /// Wire name: `auto_snapshot_policy_id`.
    #[serde(
        rename = "auto_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_snapshot_policy_id: Option<String>,
    /// Specifies whether to enable the burst feature for the data disk. Valid values:
    ///
    /// - `true`: enables the burst feature.
    /// - `false`: disables the burst feature for the data disk.
    ///
    /// This parameter is available only if `DiskCategory` is set to `cloud_auto`. For more information, see [ESSD AutoPL disks](https://help.aliyun.com/document_detail/368372.html).
    ///
    /// Wire name: `bursting_enabled`.
    #[serde(
        rename = "bursting_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bursting_enabled: Option<bool>,
    /// The category of data disk. Valid values:
    ///
    /// - `cloud`: basic disk.
    /// - `cloud_efficiency`: ultra disk
    /// - `cloud_ssd`: standard SSD.
    /// - `cloud_essd`: Enterprise ESSD (ESSD).
    /// - `cloud_auto`: ESSD AutoPL disk.
    /// - `cloud_essd_entry`: ESSD Entry disk.
    /// - `elastic_ephemeral_disk_premium`: premium elastic ephemeral disk.
    /// - `elastic_ephemeral_disk_standard`: standard elastic ephemeral disk.
    ///
    /// Default value: `cloud_efficiency`.
    ///
    /// Default: `"cloud_efficiency"`.
    ///
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The mount target of the data disk. If you do not specify this parameter, the system automatically assigns a mount target when you create an Elastic Compute Service (ECS) instance. Valid values: /dev/xvdb to /dev/xvdz.
    ///
    /// Wire name: `device`.
    #[serde(rename = "device", default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    /// The data disk name. The name must be 2 to 128 characters in length. It must start with a letter and cannot start with http:// or https://. The name can contain letters, digits, colons (:), underscores (\_), and hyphens (-).
    ///
    /// Wire name: `disk_name`.
    #[serde(rename = "disk_name", default, skip_serializing_if = "Option::is_none")]
    pub disk_name: Option<String>,
    /// Specifies whether to encrypt the data disk. Valid values:
    ///
    /// - `true`: encrypts the data disk.
    /// - `false`: does not encrypt the data disk.
    ///
    /// Default value: `false`.
    ///
    /// Default: `"false"`.
    ///
    /// Wire name: `encrypted`.
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<String>,
    /// The file system that is mounted. This parameter takes effect only if auto_format is set to true. Valid values: ext4 and xfs.
    ///
    /// Wire name: `file_system`.
    #[serde(rename = "file_system", default, skip_serializing_if = "Option::is_none")]
    pub file_system: Option<crate::types::FileSystem>,
    /// The ID of the Key Management Service (KMS) key that is used to encrypt the data disk.
    ///
    /// Wire name: `kms_key_id`.
    #[serde(rename = "kms_key_id", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    /// The path to which the data disk is mounted. You must specify a valid path.
    ///
    /// Wire name: `mount_target`.
    #[serde(rename = "mount_target", default, skip_serializing_if = "Option::is_none")]
    pub mount_target: Option<String>,
    /// The performance level (PL) of the data disk. This parameter takes effect only for an ESSD. This parameter is related to the disk size. For more information, see [ESSDs](https://help.aliyun.com/document_detail/122389.html).
    ///
    /// Wire name: `performance_level`.
    #[serde(
        rename = "performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performance_level: Option<String>,
    /// The preset IOPS of the data disk. Valid values: 0 to min{50,000, 1,000 × Capacity - Baseline IOPS}. Baseline IOPS = min{1,800 + 50 × Capacity, 50,000}.
    ///
    /// This parameter is available only if `DiskCategory` is set to `cloud_auto`. For more information, see [ESSD AutoPL disks](https://help.aliyun.com/document_detail/368372.html).
    ///
    /// Wire name: `provisioned_iops`.
    #[serde(
        rename = "provisioned_iops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioned_iops: Option<i64>,
    /// The size of the data disk. Unit: GiB.
    ///
    /// Valid values: 40 to 32768.
    ///
    /// Default value: `120`.
    ///
    /// Default: `120`.
    ///
    /// Wire name: `size`.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The ID of the snapshot that you want to use to create the data disk. If this parameter is specified, the specified size of the data disk is ignored. The size of the disk equals the size of the specified snapshot. If the snapshot was created on or before July 15, 2013, the API request is rejected and the InvalidSnapshot.TooOld message is returned.
    ///
    /// Wire name: `snapshot_id`.
    #[serde(rename = "snapshot_id", default, skip_serializing_if = "Option::is_none")]
    pub snapshot_id: Option<String>,
}

impl DataDisk {
    /// Sets `auto_format`: Specifies whether to automatically mount the data disk.
    pub fn with_auto_format(mut self, value: bool) -> Self {
        self.auto_format = Some(value);
        self
    }

    /// Sets `auto_snapshot_policy_id`: The ID of the automatic snapshot policy. The system performs automatic backup for a cloud disk based on the specified automatic snapshot policy.
    pub fn with_auto_snapshot_policy_id(mut self, value: impl Into<String>) -> Self {
        self.auto_snapshot_policy_id = Some(value.into());
        self
    }

    /// Sets `bursting_enabled`: Specifies whether to enable the burst feature for the data disk. Valid values:.
    pub fn with_bursting_enabled(mut self, value: bool) -> Self {
        self.bursting_enabled = Some(value);
        self
    }

    /// Sets `category`: The category of data disk. Valid values:.
    pub fn with_category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `device`: The mount target of the data disk. If you do not specify this parameter, the system automatically assigns a mount target when you create an Elastic Compute Service (ECS) instance. Valid values: /dev/xvdb to /dev/xvdz.
    pub fn with_device(mut self, value: impl Into<String>) -> Self {
        self.device = Some(value.into());
        self
    }

    /// Sets `disk_name`: The data disk name. The name must be 2 to 128 characters in length. It must start with a letter and cannot start with http:// or https://. The name can contain letters, digits, colons (:), underscores (\_), and hyphens (-).
    pub fn with_disk_name(mut self, value: impl Into<String>) -> Self {
        self.disk_name = Some(value.into());
        self
    }

    /// Sets `encrypted`: Specifies whether to encrypt the data disk. Valid values:.
    pub fn with_encrypted(mut self, value: impl Into<String>) -> Self {
        self.encrypted = Some(value.into());
        self
    }

    /// Sets `file_system`: The file system that is mounted. This parameter takes effect only if auto_format is set to true. Valid values: ext4 and xfs.
    pub fn with_file_system(
        mut self,
        value: impl Into<crate::types::FileSystem>,
    ) -> Self {
        self.file_system = Some(value.into());
        self
    }

    /// Sets `kms_key_id`: The ID of the Key Management Service (KMS) key that is used to encrypt the data disk.
    pub fn with_kms_key_id(mut self, value: impl Into<String>) -> Self {
        self.kms_key_id = Some(value.into());
        self
    }

    /// Sets `mount_target`: The path to which the data disk is mounted. You must specify a valid path.
    pub fn with_mount_target(mut self, value: impl Into<String>) -> Self {
        self.mount_target = Some(value.into());
        self
    }

    /// Sets `performance_level`: The performance level (PL) of the data disk. This parameter takes effect only for an ESSD. This parameter is related to the disk size. For more information, see [ESSDs](https://help.aliyun.com/document_detail/122389.html).
    pub fn with_performance_level(mut self, value: impl Into<String>) -> Self {
        self.performance_level = Some(value.into());
        self
    }

    /// Sets `provisioned_iops`: The preset IOPS of the data disk. Valid values: 0 to min{50,000, 1,000 × Capacity - Baseline IOPS}. Baseline IOPS = min{1,800 + 50 × Capacity, 50,000}.
    pub fn with_provisioned_iops(mut self, value: i64) -> Self {
        self.provisioned_iops = Some(value);
        self
    }

    /// Sets `size`: The size of the data disk. Unit: GiB.
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }

    /// Sets `snapshot_id`: The ID of the snapshot that you want to use to create the data disk. If this parameter is specified, the specified size of the data disk is ignored. The size of the disk equals the size of the specified snapshot. If the snapshot was created on or before July 15, 2013, the API request is rejected and the InvalidSnapshot.TooOld message is returned.
    pub fn with_snapshot_id(mut self, value: impl Into<String>) -> Self {
        self.snapshot_id = Some(value.into());
        self
    }

    /// Specifies whether to automatically mount the data disk (`auto_format`).
    pub fn auto_format(&self) -> Option<bool> {
        self.auto_format
    }

    /// The ID of the automatic snapshot policy. The system performs automatic backup for a cloud disk based on the specified automatic snapshot policy (`auto_snapshot_policy_id`).
    pub fn auto_snapshot_policy_id(&self) -> Option<&str> {
        self.auto_snapshot_policy_id.as_deref()
    }

    /// Specifies whether to enable the burst feature for the data disk. Valid values: (`bursting_enabled`).
    pub fn bursting_enabled(&self) -> Option<bool> {
        self.bursting_enabled
    }

    /// The category of data disk. Valid values: (`category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// The mount target of the data disk. If you do not specify this parameter, the system automatically assigns a mount target when you create an Elastic Compute Service (ECS) instance. Valid values: /dev/xvdb to /dev/xvdz (`device`).
    pub fn device(&self) -> Option<&str> {
        self.device.as_deref()
    }

    /// The data disk name. The name must be 2 to 128 characters in length. It must start with a letter and cannot start with http:// or https://. The name can contain letters, digits, colons (:), underscores (\_), and hyphens (-) (`disk_name`).
    pub fn disk_name(&self) -> Option<&str> {
        self.disk_name.as_deref()
    }

    /// Specifies whether to encrypt the data disk. Valid values: (`encrypted`).
    pub fn encrypted(&self) -> Option<&str> {
        self.encrypted.as_deref()
    }

    /// The file system that is mounted. This parameter takes effect only if auto_format is set to true. Valid values: ext4 and xfs (`file_system`).
    pub fn file_system(&self) -> Option<&crate::types::FileSystem> {
        self.file_system.as_ref()
    }

    /// The ID of the Key Management Service (KMS) key that is used to encrypt the data disk (`kms_key_id`).
    pub fn kms_key_id(&self) -> Option<&str> {
        self.kms_key_id.as_deref()
    }

    /// The path to which the data disk is mounted. You must specify a valid path (`mount_target`).
    pub fn mount_target(&self) -> Option<&str> {
        self.mount_target.as_deref()
    }

    /// The performance level (PL) of the data disk. This parameter takes effect only for an ESSD. This parameter is related to the disk size. For more information, see [ESSDs](https://help.aliyun.com/document_detail/122389.html) (`performance_level`).
    pub fn performance_level(&self) -> Option<&str> {
        self.performance_level.as_deref()
    }

    /// The preset IOPS of the data disk. Valid values: 0 to min{50,000, 1,000 × Capacity - Baseline IOPS}. Baseline IOPS = min{1,800 + 50 × Capacity, 50,000} (`provisioned_iops`).
    pub fn provisioned_iops(&self) -> Option<i64> {
        self.provisioned_iops
    }

    /// The size of the data disk. Unit: GiB (`size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }

    /// The ID of the snapshot that you want to use to create the data disk. If this parameter is specified, the specified size of the data disk is ignored. The size of the disk equals the size of the specified snapshot. If the snapshot was created on or before July 15, 2013, the API request is rejected and the InvalidSnapshot.TooOld message is returned (`snapshot_id`).
    pub fn snapshot_id(&self) -> Option<&str> {
        self.snapshot_id.as_deref()
    }
}

impl DataDisk {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DataDisk",
    description: sdk_shape::Text::en(
        "The data cloud disk configuration for nodes in the node pool.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_format",
            flag: "auto-format",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically mount the data disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_snapshot_policy_id",
            flag: "auto-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the automatic snapshot policy. The system performs automatic backup for a cloud disk based on the specified automatic snapshot policy.\n\nBy default, this parameter is empty, which indicates that automatic backup is disabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "bursting_enabled",
            flag: "bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the burst feature for the data disk. Valid values:\n\n- `true`: enables the burst feature.\n- `false`: disables the burst feature for the data disk.\n\nThis parameter is available only if `DiskCategory` is set to `cloud_auto`. For more information, see [ESSD AutoPL disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The category of data disk. Valid values:\n\n- `cloud`: basic disk.\n- `cloud_efficiency`: ultra disk\n- `cloud_ssd`: standard SSD.\n- `cloud_essd`: Enterprise ESSD (ESSD).\n- `cloud_auto`: ESSD AutoPL disk.\n- `cloud_essd_entry`: ESSD Entry disk.\n- `elastic_ephemeral_disk_premium`: premium elastic ephemeral disk.\n- `elastic_ephemeral_disk_standard`: standard elastic ephemeral disk.\n\nDefault value: `cloud_efficiency`.",
            ),
            default: Some("\"cloud_efficiency\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "device",
            flag: "device",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The mount target of the data disk. If you do not specify this parameter, the system automatically assigns a mount target when you create an Elastic Compute Service (ECS) instance. Valid values: /dev/xvdb to /dev/xvdz.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "disk_name",
            flag: "disk-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The data disk name. The name must be 2 to 128 characters in length. It must start with a letter and cannot start with http:// or https://. The name can contain letters, digits, colons (:), underscores (\\_), and hyphens (-).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "encrypted",
            flag: "encrypted",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether to encrypt the data disk. Valid values:\n\n- `true`: encrypts the data disk.\n- `false`: does not encrypt the data disk.\n\nDefault value: `false`.",
            ),
            default: Some("\"false\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "file_system",
            flag: "file-system",
            kind: sdk_shape::Kind::Enum(&crate::types::file_system::SHAPE),
            description: sdk_shape::Text::en(
                "The file system that is mounted. This parameter takes effect only if auto_format is set to true. Valid values: ext4 and xfs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kms_key_id",
            flag: "kms-key-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the Key Management Service (KMS) key that is used to encrypt the data disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "mount_target",
            flag: "mount-target",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The path to which the data disk is mounted. You must specify a valid path.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "performance_level",
            flag: "performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The performance level (PL) of the data disk. This parameter takes effect only for an ESSD. This parameter is related to the disk size. For more information, see [ESSDs](https://help.aliyun.com/document_detail/122389.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "provisioned_iops",
            flag: "provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The preset IOPS of the data disk. Valid values: 0 to min{50,000, 1,000 × Capacity - Baseline IOPS}. Baseline IOPS = min{1,800 + 50 × Capacity, 50,000}.\n\nThis parameter is available only if `DiskCategory` is set to `cloud_auto`. For more information, see [ESSD AutoPL disks](https://help.aliyun.com/document_detail/368372.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The size of the data disk. Unit: GiB.\n\nValid values: 40 to 32768.\n\nDefault value: `120`.",
            ),
            default: Some("120"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "snapshot_id",
            flag: "snapshot-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the snapshot that you want to use to create the data disk. If this parameter is specified, the specified size of the data disk is ignored. The size of the disk equals the size of the specified snapshot. If the snapshot was created on or before July 15, 2013, the API request is rejected and the InvalidSnapshot.TooOld message is returned.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
