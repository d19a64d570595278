// @generated from spec/eflo-controller/2022-12-15/types/VpdSubnets.json by `cargo xtask codegen`; do not edit.
//! The `VpdSubnets` data type.

/// The cluster subnets.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct VpdSubnets {
    /// The subnet CIDR block.
    ///
    /// Wire name: `SubnetCidr`.
    #[serde(rename = "SubnetCidr", default, skip_serializing_if = "Option::is_none")]
    pub subnet_cidr: Option<String>,
    /// The subnet type.
    ///
    /// Wire name: `SubnetType`.
    #[serde(rename = "SubnetType", default, skip_serializing_if = "Option::is_none")]
    pub subnet_type: Option<String>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl VpdSubnets {
    /// Sets `SubnetCidr`: The subnet CIDR block.
    pub fn with_subnet_cidr(mut self, value: impl Into<String>) -> Self {
        self.subnet_cidr = Some(value.into());
        self
    }

    /// Sets `SubnetType`: The subnet type.
    pub fn with_subnet_type(mut self, value: impl Into<String>) -> Self {
        self.subnet_type = Some(value.into());
        self
    }

    /// Sets `ZoneId`: The zone ID.
    pub fn with_zone_id(mut self, value: impl Into<String>) -> Self {
        self.zone_id = Some(value.into());
        self
    }

    /// The subnet CIDR block (`SubnetCidr`).
    pub fn subnet_cidr(&self) -> Option<&str> {
        self.subnet_cidr.as_deref()
    }

    /// The subnet type (`SubnetType`).
    pub fn subnet_type(&self) -> Option<&str> {
        self.subnet_type.as_deref()
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

impl VpdSubnets {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "VpdSubnets",
    description: sdk_shape::Text::en("The cluster subnets."),
    members: &[
        sdk_shape::MemberShape {
            name: "SubnetCidr",
            flag: "subnet-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The subnet CIDR block."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SubnetType",
            flag: "subnet-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The subnet type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ZoneId",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
