// @generated from spec/eflo-controller/2022-12-15/types/CpuInfoDetail.json by `cargo xtask codegen`; do not edit.
//! The `CpuInfoDetail` data type.

/// The structured CPU specifications.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CpuInfoDetail {
    /// The CPU architecture.
    ///
    /// Wire name: `CpuArch`.
    #[serde(rename = "CpuArch", default, skip_serializing_if = "Option::is_none")]
    pub cpu_arch: Option<String>,
    /// The number of CPU sockets.
    ///
    /// Wire name: `CpuSockets`.
    #[serde(rename = "CpuSockets", default, skip_serializing_if = "Option::is_none")]
    pub cpu_sockets: Option<i64>,
    /// The number of vCPU cores.
    ///
    /// Wire name: `VCpuCores`.
    #[serde(rename = "VCpuCores", default, skip_serializing_if = "Option::is_none")]
    pub v_cpu_cores: Option<i64>,
}

impl CpuInfoDetail {
    /// The CPU architecture (`CpuArch`).
    pub fn cpu_arch(&self) -> Option<&str> {
        self.cpu_arch.as_deref()
    }

    /// The number of CPU sockets (`CpuSockets`).
    pub fn cpu_sockets(&self) -> Option<i64> {
        self.cpu_sockets
    }

    /// The number of vCPU cores (`VCpuCores`).
    pub fn v_cpu_cores(&self) -> Option<i64> {
        self.v_cpu_cores
    }
}

impl CpuInfoDetail {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CpuInfoDetail",
    description: sdk_shape::Text::en("The structured CPU specifications."),
    members: &[
        sdk_shape::MemberShape {
            name: "CpuArch",
            flag: "cpu-arch",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CPU architecture."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CpuSockets",
            flag: "cpu-sockets",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of CPU sockets."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VCpuCores",
            flag: "v-cpu-cores",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of vCPU cores."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
