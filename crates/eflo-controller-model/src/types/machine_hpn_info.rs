// @generated from spec/eflo-controller/2022-12-15/types/MachineHpnInfo.json by `cargo xtask codegen`; do not edit.
//! The `MachineHpnInfo` data type.

/// The information about the machine types.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct MachineHpnInfo {
    /// The cluster ID.
    ///
    /// Wire name: `HpnZone`.
    #[serde(rename = "HpnZone", default, skip_serializing_if = "Option::is_none")]
    pub hpn_zone: Option<String>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
    /// The region ID.
    ///
    /// Wire name: `RegionId`.
    #[serde(rename = "RegionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
}

impl MachineHpnInfo {
    /// Sets `HpnZone`: The cluster ID.
    pub fn with_hpn_zone(mut self, value: impl Into<String>) -> Self {
        self.hpn_zone = Some(value.into());
        self
    }

    /// Sets `MachineType`: The machine type.
    pub fn with_machine_type(mut self, value: impl Into<String>) -> Self {
        self.machine_type = Some(value.into());
        self
    }

    /// Sets `RegionId`: The region ID.
    pub fn with_region_id(mut self, value: impl Into<String>) -> Self {
        self.region_id = Some(value.into());
        self
    }

    /// The cluster ID (`HpnZone`).
    pub fn hpn_zone(&self) -> Option<&str> {
        self.hpn_zone.as_deref()
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }

    /// The region ID (`RegionId`).
    pub fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }
}

impl MachineHpnInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "MachineHpnInfo",
    description: sdk_shape::Text::en("The information about the machine types."),
    members: &[
        sdk_shape::MemberShape {
            name: "HpnZone",
            flag: "hpn-zone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
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
            name: "RegionId",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
