// @generated from spec/eflo-controller/2022-12-15/types/TrafficModel.json by `cargo xtask codegen`; do not edit.
//! The `TrafficModel` enum.

/// The traffic model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TrafficModel {
    /// MTON (`MTON`)
    Mton,
    /// Fullmesh (`Fullmesh`)
    Fullmesh,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl TrafficModel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mton => "MTON",
            Self::Fullmesh => "Fullmesh",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TrafficModel {
    fn from(value: &str) -> Self {
        match value {
            "MTON" => Self::Mton,
            "Fullmesh" => Self::Fullmesh,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for TrafficModel {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for TrafficModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TrafficModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TrafficModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl TrafficModel {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "TrafficModel",
    description: sdk_shape::Text::en("The traffic model."),
    values: &[
        sdk_shape::EnumValue {
            value: "MTON",
            description: sdk_shape::Text::en("MTON"),
        },
        sdk_shape::EnumValue {
            value: "Fullmesh",
            description: sdk_shape::Text::en("Fullmesh"),
        },
    ],
};
