// @generated from spec/eflo-controller/2022-12-15/types/Disks.json by `cargo xtask codegen`; do not edit.
//! The `Disks` data type.

/// The disk information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Disks {
    /// The packet category. Valid values:
    ///
    /// - **DOWNLINK_PACKET**: downlink packet.
    /// - **UPLINK_PACKET**: uplink packet.
    ///
    /// Wire name: `Category`.
    #[serde(rename = "Category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<crate::types::Category>,
    /// The disk ID.
    ///
    /// Wire name: `DiskId`.
    #[serde(rename = "DiskId", default, skip_serializing_if = "Option::is_none")]
    pub disk_id: Option<String>,
    /// The performance level (PL) of the cloud disk when an ESSD is created as the system cloud disk. Settings:
    ///
    /// - PL0: A maximum of 10,000 random read/write IOPS per standard SSD.
    /// - PL1: A maximum of 50,000 random read/write IOPS per standard SSD.
    ///
    /// Wire name: `PerformanceLevel`.
    #[serde(
        rename = "PerformanceLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performance_level: Option<crate::types::SystemDiskPerformanceLevel>,
    /// The disk size. Unit: GiB.
    ///
    /// Wire name: `Size`.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The disk type. Valid values:
    ///
    /// - system: system cloud disk.
    /// - data: data cloud disk.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Disks {
    /// The packet category. Valid values: (`Category`).
    pub fn category(&self) -> Option<&crate::types::Category> {
        self.category.as_ref()
    }

    /// The disk ID (`DiskId`).
    pub fn disk_id(&self) -> Option<&str> {
        self.disk_id.as_deref()
    }

    /// The performance level (PL) of the cloud disk when an ESSD is created as the system cloud disk. Settings: (`PerformanceLevel`).
    pub fn performance_level(
        &self,
    ) -> Option<&crate::types::SystemDiskPerformanceLevel> {
        self.performance_level.as_ref()
    }

    /// The disk size. Unit: GiB (`Size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }

    /// The disk type. Valid values: (`Type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Disks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Disks",
    description: sdk_shape::Text::en("The disk information."),
    members: &[
        sdk_shape::MemberShape {
            name: "Category",
            flag: "category",
            kind: sdk_shape::Kind::Enum(&crate::types::category::SHAPE),
            description: sdk_shape::Text::en(
                "The packet category. Valid values:\n\n- **DOWNLINK_PACKET**: downlink packet.\n- **UPLINK_PACKET**: uplink packet.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiskId",
            flag: "disk-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The disk ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PerformanceLevel",
            flag: "performance-level",
            kind: sdk_shape::Kind::Enum(
                &crate::types::system_disk_performance_level::SHAPE,
            ),
            description: sdk_shape::Text::en(
                "The performance level (PL) of the cloud disk when an ESSD is created as the system cloud disk. Settings:\n\n- PL0: A maximum of 10,000 random read/write IOPS per standard SSD.\n- PL1: A maximum of 50,000 random read/write IOPS per standard SSD.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The disk size. Unit: GiB."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The disk type. Valid values:\n\n- system: system cloud disk.\n- data: data cloud disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
