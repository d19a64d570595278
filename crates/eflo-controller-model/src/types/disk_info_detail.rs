// @generated from spec/eflo-controller/2022-12-15/types/DiskInfoDetail.json by `cargo xtask codegen`; do not edit.
//! The `DiskInfoDetail` data type.

/// The disk information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DiskInfoDetail {
    /// The number of disks.
    ///
    /// Wire name: `LocalDiskCount`.
    #[serde(rename = "LocalDiskCount", default, skip_serializing_if = "Option::is_none")]
    pub local_disk_count: Option<i64>,
    /// The capacity per disk, in TB.
    ///
    /// Wire name: `LocalDiskSizeInTB`.
    #[serde(
        rename = "LocalDiskSizeInTB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_disk_size_in_tb: Option<f64>,
    /// The disk type.
    ///
    /// Wire name: `LocalDiskType`.
    #[serde(rename = "LocalDiskType", default, skip_serializing_if = "Option::is_none")]
    pub local_disk_type: Option<String>,
}

impl DiskInfoDetail {
    /// The number of disks (`LocalDiskCount`).
    pub fn local_disk_count(&self) -> Option<i64> {
        self.local_disk_count
    }

    /// The capacity per disk, in TB (`LocalDiskSizeInTB`).
    pub fn local_disk_size_in_tb(&self) -> Option<f64> {
        self.local_disk_size_in_tb
    }

    /// The disk type (`LocalDiskType`).
    pub fn local_disk_type(&self) -> Option<&str> {
        self.local_disk_type.as_deref()
    }
}

impl DiskInfoDetail {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DiskInfoDetail",
    description: sdk_shape::Text::en("The disk information."),
    members: &[
        sdk_shape::MemberShape {
            name: "LocalDiskCount",
            flag: "local-disk-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of disks."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LocalDiskSizeInTB",
            flag: "local-disk-size-in-tb",
            kind: sdk_shape::Kind::Number,
            description: sdk_shape::Text::en("The capacity per disk, in TB."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LocalDiskType",
            flag: "local-disk-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The disk type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
