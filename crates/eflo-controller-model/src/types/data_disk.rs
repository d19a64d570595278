// @generated from spec/eflo-controller/2022-12-15/types/DataDisk.json by `cargo xtask codegen`; do not edit.
//! The `DataDisk` data type.

/// The list of data cloud disks.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DataDisk {
    /// Specifies whether to enable I/O performance burst.
    ///
    /// Wire name: `BurstingEnabled`.
    #[serde(
        rename = "BurstingEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bursting_enabled: Option<bool>,
    /// The cloud disk type. Valid values:
    ///
    /// - cloud_essd: Enterprise SSD (ESSD).
    ///
    /// Wire name: `Category`.
    #[serde(rename = "Category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Specifies whether the data cloud disk is deleted when the node is unsubscribed.
    ///
    /// Wire name: `DeleteWithNode`.
    #[serde(rename = "DeleteWithNode", default, skip_serializing_if = "Option::is_none")]
    pub delete_with_node: Option<bool>,
    /// Settings for the performance level (PL) when an ESSD is created as the data cloud disk. Valid values:
    ///
    /// - PL0: a maximum of 10,000 random read/write IOPS per cloud disk.
    /// - PL1: a maximum of 50,000 random read/write IOPS per cloud disk.
    /// - PL2: a maximum of 100,000 random read/write IOPS per cloud disk.
    /// - PL3: a maximum of 1,000,000 random read/write IOPS per cloud disk.
    ///
    /// Default value: PL1.
    ///
    /// Default: `"PL1"`.
    ///
    /// Wire name: `PerformanceLevel`.
    #[serde(
        rename = "PerformanceLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performance_level: Option<crate::types::PerformanceLevel>,
    /// The provisioned performance of read/write IOPS for the ESSD AutoPL cloud disk (per disk).
    ///
    /// Wire name: `ProvisionedIops`.
    #[serde(
        rename = "ProvisionedIops",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub provisioned_iops: Option<i64>,
    /// The cloud disk size. Unit: GiB.
    ///
    /// Wire name: `Size`.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

impl DataDisk {
    /// Sets `BurstingEnabled`: Specifies whether to enable I/O performance burst.
    pub fn with_bursting_enabled(mut self, value: bool) -> Self {
        self.bursting_enabled = Some(value);
        self
    }

    /// Sets `Category`: The cloud disk type. Valid values:.
    pub fn with_category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `DeleteWithNode`: Specifies whether the data cloud disk is deleted when the node is unsubscribed.
    pub fn with_delete_with_node(mut self, value: bool) -> Self {
        self.delete_with_node = Some(value);
        self
    }

    /// Sets `PerformanceLevel`: Settings for the performance level (PL) when an ESSD is created as the data cloud disk. Valid values:.
    pub fn with_performance_level(
        mut self,
        value: impl Into<crate::types::PerformanceLevel>,
    ) -> Self {
        self.performance_level = Some(value.into());
        self
    }

    /// Sets `ProvisionedIops`: The provisioned performance of read/write IOPS for the ESSD AutoPL cloud disk (per disk).
    pub fn with_provisioned_iops(mut self, value: i64) -> Self {
        self.provisioned_iops = Some(value);
        self
    }

    /// Sets `Size`: The cloud disk size. Unit: GiB.
    pub fn with_size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }

    /// Specifies whether to enable I/O performance burst (`BurstingEnabled`).
    pub fn bursting_enabled(&self) -> Option<bool> {
        self.bursting_enabled
    }

    /// The cloud disk type. Valid values: (`Category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// Specifies whether the data cloud disk is deleted when the node is unsubscribed (`DeleteWithNode`).
    pub fn delete_with_node(&self) -> Option<bool> {
        self.delete_with_node
    }

    /// Settings for the performance level (PL) when an ESSD is created as the data cloud disk. Valid values: (`PerformanceLevel`).
    pub fn performance_level(&self) -> Option<&crate::types::PerformanceLevel> {
        self.performance_level.as_ref()
    }

    /// The provisioned performance of read/write IOPS for the ESSD AutoPL cloud disk (per disk) (`ProvisionedIops`).
    pub fn provisioned_iops(&self) -> Option<i64> {
        self.provisioned_iops
    }

    /// The cloud disk size. Unit: GiB (`Size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }
}

impl DataDisk {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DataDisk",
    description: sdk_shape::Text::en("The list of data cloud disks."),
    members: &[
        sdk_shape::MemberShape {
            name: "BurstingEnabled",
            flag: "bursting-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable I/O performance burst.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
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
            name: "DeleteWithNode",
            flag: "delete-with-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the data cloud disk is deleted when the node is unsubscribed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PerformanceLevel",
            flag: "performance-level",
            kind: sdk_shape::Kind::Enum(&crate::types::performance_level::SHAPE),
            description: sdk_shape::Text::en(
                "Settings for the performance level (PL) when an ESSD is created as the data cloud disk. Valid values:\n\n- PL0: a maximum of 10,000 random read/write IOPS per cloud disk.\n- PL1: a maximum of 50,000 random read/write IOPS per cloud disk.\n- PL2: a maximum of 100,000 random read/write IOPS per cloud disk.\n- PL3: a maximum of 1,000,000 random read/write IOPS per cloud disk.\n\nDefault value: PL1.",
            ),
            default: Some("\"PL1\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ProvisionedIops",
            flag: "provisioned-iops",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The provisioned performance of read/write IOPS for the ESSD AutoPL cloud disk (per disk).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The cloud disk size. Unit: GiB."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
