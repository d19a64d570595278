// @generated from spec/eflo-controller/2022-12-15/types/PerformanceLevel.json by `cargo xtask codegen`; do not edit.
//! The `PerformanceLevel` enum.

/// Settings for the performance level (PL) when an ESSD is created as the data cloud disk.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PerformanceLevel {
    /// a maximum of 10,000 random read/write IOPS per cloud disk (`PL0`)
    Pl0,
    /// a maximum of 50,000 random read/write IOPS per cloud disk (`PL1`)
    Pl1,
    /// a maximum of 100,000 random read/write IOPS per cloud disk (`PL2`)
    Pl2,
    /// a maximum of 1,000,000 random read/write IOPS per cloud disk (`PL3`)
    Pl3,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl PerformanceLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pl0 => "PL0",
            Self::Pl1 => "PL1",
            Self::Pl2 => "PL2",
            Self::Pl3 => "PL3",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for PerformanceLevel {
    fn from(value: &str) -> Self {
        match value {
            "PL0" => Self::Pl0,
            "PL1" => Self::Pl1,
            "PL2" => Self::Pl2,
            "PL3" => Self::Pl3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for PerformanceLevel {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for PerformanceLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PerformanceLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for PerformanceLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl PerformanceLevel {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "PerformanceLevel",
    description: sdk_shape::Text::en(
        "Settings for the performance level (PL) when an ESSD is created as the data cloud disk.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "PL0",
            description: sdk_shape::Text::en(
                "a maximum of 10,000 random read/write IOPS per cloud disk",
            ),
        },
        sdk_shape::EnumValue {
            value: "PL1",
            description: sdk_shape::Text::en(
                "a maximum of 50,000 random read/write IOPS per cloud disk",
            ),
        },
        sdk_shape::EnumValue {
            value: "PL2",
            description: sdk_shape::Text::en(
                "a maximum of 100,000 random read/write IOPS per cloud disk",
            ),
        },
        sdk_shape::EnumValue {
            value: "PL3",
            description: sdk_shape::Text::en(
                "a maximum of 1,000,000 random read/write IOPS per cloud disk",
            ),
        },
    ],
};
