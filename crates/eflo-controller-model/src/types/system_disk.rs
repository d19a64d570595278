// @generated from spec/eflo-controller/2022-12-15/types/SystemDisk.json by `cargo xtask codegen`; do not edit.
//! The `SystemDisk` data type.

/// The system cloud disk information.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SystemDisk {
    /// The cloud disk type. Valid values:
    ///
    /// - cloud_essd: Enterprise SSD (ESSD).
    ///
    /// Wire name: `Category`.
    #[serde(rename = "Category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Settings for the performance level (PL) when an ESSD is created as the system cloud disk. Valid values:
    ///
    /// - PL0: a maximum of 10,000 random read/write IOPS per cloud disk.
    /// - PL1: a maximum of 50,000 random read/write IOPS per cloud disk.
    ///
    /// Wire name: `PerformanceLevel`.
    #[serde(
        rename = "PerformanceLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performance_level: Option<crate::types::SystemDiskPerformanceLevel>,
    /// The cloud disk size. Unit: GB.
    ///
    /// Wire name: `Size`.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

impl SystemDisk {
    /// Sets `Category`: The cloud disk type. Valid values:.
    pub fn with_category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `PerformanceLevel`: Settings for the performance level (PL) when an ESSD is created as the system cloud disk. Valid values:.
    pub fn with_performance_level(
        mut self,
        value: impl Into<crate::types::SystemDiskPerformanceLevel>,
    ) -> Self {
        self.performance_level = Some(value.into());
        self
    }

    /// Sets `Size`: The cloud disk size. Unit: GB.
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }

    /// The cloud disk type. Valid values: (`Category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// Settings for the performance level (PL) when an ESSD is created as the system cloud disk. Valid values: (`PerformanceLevel`).
    pub fn performance_level(
        &self,
    ) -> Option<&crate::types::SystemDiskPerformanceLevel> {
        self.performance_level.as_ref()
    }

    /// The cloud disk size. Unit: GB (`Size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }
}

impl SystemDisk {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "SystemDisk",
    description: sdk_shape::Text::en("The system cloud disk information."),
    members: &[
        sdk_shape::MemberShape {
            name: "Category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cloud disk type. Valid values:\n\n- cloud_essd: Enterprise SSD (ESSD).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PerformanceLevel",
            flag: "performance-level",
            kind: sdk_shape::Kind::Enum(
                &crate::types::system_disk_performance_level::SHAPE,
            ),
            description: sdk_shape::Text::en(
                "Settings for the performance level (PL) when an ESSD is created as the system cloud disk. Valid values:\n\n- PL0: a maximum of 10,000 random read/write IOPS per cloud disk.\n- PL1: a maximum of 50,000 random read/write IOPS per cloud disk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The cloud disk size. Unit: GB."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
