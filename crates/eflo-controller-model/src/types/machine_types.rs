// @generated from spec/eflo-controller/2022-12-15/types/MachineTypes.json by `cargo xtask codegen`; do not edit.
//! The `MachineTypes` data type.

/// The details of the machine types.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MachineTypes {
    /// The number of bonds.
    ///
    /// Wire name: `BondNum`.
    #[serde(rename = "BondNum", default, skip_serializing_if = "Option::is_none")]
    pub bond_num: Option<i64>,
    /// The CPU information.
    ///
    /// Wire name: `CpuInfo`.
    #[serde(rename = "CpuInfo", default, skip_serializing_if = "Option::is_none")]
    pub cpu_info: Option<String>,
    /// The structured CPU specifications.
    ///
    /// Wire name: `CpuInfoDetail`.
    #[serde(rename = "CpuInfoDetail", default, skip_serializing_if = "Option::is_none")]
    pub cpu_info_detail: Option<crate::types::CpuInfoDetail>,
    /// The disk information.
    ///
    /// Wire name: `DiskInfo`.
    #[serde(rename = "DiskInfo", default, skip_serializing_if = "Option::is_none")]
    pub disk_info: Option<String>,
    /// The disk information.
    ///
    /// Wire name: `DiskInfoDetail`.
    #[serde(rename = "DiskInfoDetail", default, skip_serializing_if = "Option::is_none")]
    pub disk_info_detail: Option<crate::types::DiskInfoDetail>,
    /// The frontend network information.
    ///
    /// Wire name: `FrontendNetworkDetail`.
    #[serde(
        rename = "FrontendNetworkDetail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub frontend_network_detail: Option<crate::types::FrontendNetworkDetail>,
    /// The GPU information.
    ///
    /// Wire name: `GpuInfo`.
    #[serde(rename = "GpuInfo", default, skip_serializing_if = "Option::is_none")]
    pub gpu_info: Option<String>,
    /// The GPU information.
    ///
    /// Wire name: `GpuInfoDetail`.
    #[serde(rename = "GpuInfoDetail", default, skip_serializing_if = "Option::is_none")]
    pub gpu_info_detail: Option<crate::types::GpuInfoDetail>,
    /// The memory information.
    ///
    /// Wire name: `MemoryInfo`.
    #[serde(rename = "MemoryInfo", default, skip_serializing_if = "Option::is_none")]
    pub memory_info: Option<String>,
    /// The memory information.
    ///
    /// Wire name: `MemoryInfoDetail`.
    #[serde(
        rename = "MemoryInfoDetail",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_info_detail: Option<crate::types::MemoryInfoDetail>,
    /// The name of the machine type.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The network information.
    ///
    /// Wire name: `NetworkInfo`.
    #[serde(rename = "NetworkInfo", default, skip_serializing_if = "Option::is_none")]
    pub network_info: Option<String>,
    /// The number of nodes.
    ///
    /// Wire name: `NodeCount`.
    #[serde(rename = "NodeCount", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<String>,
    /// The RDMA information.
    ///
    /// Wire name: `RdmaInfoDetail`.
    #[serde(rename = "RdmaInfoDetail", default, skip_serializing_if = "Option::is_none")]
    pub rdma_info_detail: Option<crate::types::RdmaInfoDetail>,
    /// The number of CPU cores.
    ///
    /// Wire name: `TotalCpuCore`.
    #[serde(rename = "TotalCpuCore", default, skip_serializing_if = "Option::is_none")]
    pub total_cpu_core: Option<i64>,
    /// The machine type.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl MachineTypes {
    /// The number of bonds (`BondNum`).
    pub fn bond_num(&self) -> Option<i64> {
        self.bond_num
    }

    /// The CPU information (`CpuInfo`).
    pub fn cpu_info(&self) -> Option<&str> {
        self.cpu_info.as_deref()
    }

    /// The structured CPU specifications (`CpuInfoDetail`).
    pub fn cpu_info_detail(&self) -> Option<&crate::types::CpuInfoDetail> {
        self.cpu_info_detail.as_ref()
    }

    /// The disk information (`DiskInfo`).
    pub fn disk_info(&self) -> Option<&str> {
        self.disk_info.as_deref()
    }

    /// The disk information (`DiskInfoDetail`).
    pub fn disk_info_detail(&self) -> Option<&crate::types::DiskInfoDetail> {
        self.disk_info_detail.as_ref()
    }

    /// The frontend network information (`FrontendNetworkDetail`).
    pub fn frontend_network_detail(
        &self,
    ) -> Option<&crate::types::FrontendNetworkDetail> {
        self.frontend_network_detail.as_ref()
    }

    /// The GPU information (`GpuInfo`).
    pub fn gpu_info(&self) -> Option<&str> {
        self.gpu_info.as_deref()
    }

    /// The GPU information (`GpuInfoDetail`).
    pub fn gpu_info_detail(&self) -> Option<&crate::types::GpuInfoDetail> {
        self.gpu_info_detail.as_ref()
    }

    /// The memory information (`MemoryInfo`).
    pub fn memory_info(&self) -> Option<&str> {
        self.memory_info.as_deref()
    }

    /// The memory information (`MemoryInfoDetail`).
    pub fn memory_info_detail(&self) -> Option<&crate::types::MemoryInfoDetail> {
        self.memory_info_detail.as_ref()
    }

    /// The name of the machine type (`Name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The network information (`NetworkInfo`).
    pub fn network_info(&self) -> Option<&str> {
        self.network_info.as_deref()
    }

    /// The number of nodes (`NodeCount`).
    pub fn node_count(&self) -> Option<&str> {
        self.node_count.as_deref()
    }

    /// The RDMA information (`RdmaInfoDetail`).
    pub fn rdma_info_detail(&self) -> Option<&crate::types::RdmaInfoDetail> {
        self.rdma_info_detail.as_ref()
    }

    /// The number of CPU cores (`TotalCpuCore`).
    pub fn total_cpu_core(&self) -> Option<i64> {
        self.total_cpu_core
    }

    /// The machine type (`Type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl MachineTypes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "MachineTypes",
    description: sdk_shape::Text::en("The details of the machine types."),
    members: &[
        sdk_shape::MemberShape {
            name: "BondNum",
            flag: "bond-num",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of bonds."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CpuInfo",
            flag: "cpu-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CPU information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CpuInfoDetail",
            flag: "cpu-info-detail",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::cpu_info_detail::SHAPE),
            ),
            description: sdk_shape::Text::en("The structured CPU specifications."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiskInfo",
            flag: "disk-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The disk information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiskInfoDetail",
            flag: "disk-info-detail",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::disk_info_detail::SHAPE),
            ),
            description: sdk_shape::Text::en("The disk information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FrontendNetworkDetail",
            flag: "frontend-network-detail",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::frontend_network_detail::SHAPE),
            ),
            description: sdk_shape::Text::en("The frontend network information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GpuInfo",
            flag: "gpu-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The GPU information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "GpuInfoDetail",
            flag: "gpu-info-detail",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::gpu_info_detail::SHAPE),
            ),
            description: sdk_shape::Text::en("The GPU information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MemoryInfo",
            flag: "memory-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The memory information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MemoryInfoDetail",
            flag: "memory-info-detail",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::memory_info_detail::SHAPE),
            ),
            description: sdk_shape::Text::en("The memory information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the machine type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NetworkInfo",
            flag: "network-info",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The network information."),
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
            name: "RdmaInfoDetail",
            flag: "rdma-info-detail",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rdma_info_detail::SHAPE),
            ),
            description: sdk_shape::Text::en("The RDMA information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalCpuCore",
            flag: "total-cpu-core",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of CPU cores."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The machine type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
