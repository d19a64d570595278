// @generated from spec/eflo-controller/2022-12-15/types/Category.json by `cargo xtask codegen`; do not edit.
//! The `Category` enum.

/// The packet category.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Category {
    /// downlink packet (`DOWNLINK_PACKET`)
    DownlinkPacket,
    /// uplink packet (`UPLINK_PACKET`)
    UplinkPacket,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl Category {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DownlinkPacket => "DOWNLINK_PACKET",
            Self::UplinkPacket => "UPLINK_PACKET",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for Category {
    fn from(value: &str) -> Self {
        match value {
            "DOWNLINK_PACKET" => Self::DownlinkPacket,
            "UPLINK_PACKET" => Self::UplinkPacket,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Category {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl Category {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "Category",
    description: sdk_shape::Text::en("The packet category."),
    values: &[
        sdk_shape::EnumValue {
            value: "DOWNLINK_PACKET",
            description: sdk_shape::Text::en("downlink packet"),
        },
        sdk_shape::EnumValue {
            value: "UPLINK_PACKET",
            description: sdk_shape::Text::en("uplink packet"),
        },
    ],
};
