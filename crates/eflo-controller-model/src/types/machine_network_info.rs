// @generated from spec/eflo-controller/2022-12-15/types/MachineNetworkInfo.json by `cargo xtask codegen`; do not edit.
//! The `MachineNetworkInfo` data type.

/// The network information of the machine types.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MachineNetworkInfo {
    /// The cluster network.
    ///
    /// Wire name: `ClusterNet`.
    #[serde(rename = "ClusterNet", default, skip_serializing_if = "Option::is_none")]
    pub cluster_net: Option<String>,
    /// Indicates whether jumbo frames are enabled.
    ///
    /// Wire name: `EnableJumboFrame`.
    #[serde(
        rename = "EnableJumboFrame",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_jumbo_frame: Option<bool>,
    /// The cluster ID.
    ///
    /// Wire name: `HpnZone`.
    #[serde(rename = "HpnZone", default, skip_serializing_if = "Option::is_none")]
    pub hpn_zone: Option<String>,
    /// Indicates whether the machine is in DPU mode.
    ///
    /// Wire name: `IsDpuMode`.
    #[serde(rename = "IsDpuMode", default, skip_serializing_if = "Option::is_none")]
    pub is_dpu_mode: Option<bool>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
    /// The network architecture.
    ///
    /// Wire name: `NetArch`.
    #[serde(rename = "NetArch", default, skip_serializing_if = "Option::is_none")]
    pub net_arch: Option<String>,
    /// The region ID.
    ///
    /// Wire name: `RegionId`.
    #[serde(rename = "RegionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
}

impl MachineNetworkInfo {
    /// The cluster network (`ClusterNet`).
    pub fn cluster_net(&self) -> Option<&str> {
        self.cluster_net.as_deref()
    }

    /// Indicates whether jumbo frames are enabled (`EnableJumboFrame`).
    pub fn enable_jumbo_frame(&self) -> Option<bool> {
        self.enable_jumbo_frame
    }

    /// The cluster ID (`HpnZone`).
    pub fn hpn_zone(&self) -> Option<&str> {
        self.hpn_zone.as_deref()
    }

    /// Indicates whether the machine is in DPU mode (`IsDpuMode`).
    pub fn is_dpu_mode(&self) -> Option<bool> {
        self.is_dpu_mode
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }

    /// The network architecture (`NetArch`).
    pub fn net_arch(&self) -> Option<&str> {
        self.net_arch.as_deref()
    }

    /// The region ID (`RegionId`).
    pub fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }
}

impl MachineNetworkInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "MachineNetworkInfo",
    description: sdk_shape::Text::en("The network information of the machine types."),
    members: &[
        sdk_shape::MemberShape {
            name: "ClusterNet",
            flag: "cluster-net",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster network."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EnableJumboFrame",
            flag: "enable-jumbo-frame",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether jumbo frames are enabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HpnZone",
            flag: "hpn-zone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IsDpuMode",
            flag: "is-dpu-mode",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the machine is in DPU mode.",
            ),
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
            name: "NetArch",
            flag: "net-arch",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The network architecture."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegionId",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
