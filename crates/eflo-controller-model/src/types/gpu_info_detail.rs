// @generated from spec/eflo-controller/2022-12-15/types/GpuInfoDetail.json by `cargo xtask codegen`; do not edit.
//! The `GpuInfoDetail` data type.

/// The GPU information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GpuInfoDetail {
    /// The number of GPUs.
    ///
    /// Wire name: `GpuCount`.
    #[serde(rename = "GpuCount", default, skip_serializing_if = "Option::is_none")]
    pub gpu_count: Option<i64>,
    /// The GPU memory per card, in GB.
    ///
    /// Wire name: `GpuMemoryInGB`.
    #[serde(rename = "GpuMemoryInGB", default, skip_serializing_if = "Option::is_none")]
    pub gpu_memory_in_gb: Option<i64>,
    /// The GPU name.
    ///
    /// Wire name: `GpuName`.
    #[serde(rename = "GpuName", default, skip_serializing_if = "Option::is_none")]
    pub gpu_name: Option<String>,
    /// The GPU vendor.
    ///
    /// Wire name: `GpuVendor`.
    #[serde(rename = "GpuVendor", default, skip_serializing_if = "Option::is_none")]
    pub gpu_vendor: Option<String>,
    /// The total GPU memory, in GB.
    ///
    /// Wire name: `TotalGpuMemoryInGB`.
    #[serde(
        rename = "TotalGpuMemoryInGB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_gpu_memory_in_gb: Option<i64>,
}

impl GpuInfoDetail {
    /// The number of GPUs (`GpuCount`).
    pub fn gpu_count(&self) -> Option<i64> {
        self.gpu_count
    }

    /// The GPU memory per card, in GB (`GpuMemoryInGB`).
    pub fn gpu_memory_in_gb(&self) -> Option<i64> {
        self.gpu_memory_in_gb
    }

    /// The GPU name (`GpuName`).
    pub fn gpu_name(&self) -> Option<&str> {
        self.gpu_name.as_deref()
    }

    /// The GPU vendor (`GpuVendor`).
    pub fn gpu_vendor(&self) -> Option<&str> {
        self.gpu_vendor.as_deref()
    }

    /// The total GPU memory, in GB (`TotalGpuMemoryInGB`).
    pub fn total_gpu_memory_in_gb(&self) -> Option<i64> {
        self.total_gpu_memory_in_gb
    }
}

impl GpuInfoDetail {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "GpuInfoDetail",
    description: sdk_shape::Text::en("The GPU information."),
    members: &[
        sdk_shape::MemberShape {
            name: "GpuCount",
            flag: "gpu-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of GPUs."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GpuMemoryInGB",
            flag: "gpu-memory-in-gb",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The GPU memory per card, in GB."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GpuName",
            flag: "gpu-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The GPU name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GpuVendor",
            flag: "gpu-vendor",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The GPU vendor."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalGpuMemoryInGB",
            flag: "total-gpu-memory-in-gb",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The total GPU memory, in GB."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
