// @generated from spec/cs/2015-12-15/types/SystemDiskPerformanceLevel.json by `cargo xtask codegen`; do not edit.
//! The `SystemDiskPerformanceLevel` enum.

/// The performance level of the system cloud disk for nodes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SystemDiskPerformanceLevel {
    /// Medium concurrent I/O performance and relatively stable read/write latency (`PL0`)
    Pl0,
    /// Medium concurrent I/O performance and relatively stable read/write latency (`PL1`)
    Pl1,
    /// High concurrent I/O performance and stable read/write latency (`PL2`)
    Pl2,
    /// Ultra-high concurrent I/O performance and highly stable read/write latency (`PL3`)
    Pl3,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl SystemDiskPerformanceLevel {
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

impl From<&str> for SystemDiskPerformanceLevel {
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

impl From<String> for SystemDiskPerformanceLevel {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for SystemDiskPerformanceLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SystemDiskPerformanceLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SystemDiskPerformanceLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl SystemDiskPerformanceLevel {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "SystemDiskPerformanceLevel",
    description: sdk_shape::Text::en(
        "The performance level of the system cloud disk for nodes.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "PL0",
            description: sdk_shape::Text::en(
                "Medium concurrent I/O performance and relatively stable read/write latency",
            ),
        },
        sdk_shape::EnumValue {
            value: "PL1",
            description: sdk_shape::Text::en(
                "Medium concurrent I/O performance and relatively stable read/write latency",
            ),
        },
        sdk_shape::EnumValue {
            value: "PL2",
            description: sdk_shape::Text::en(
                "High concurrent I/O performance and stable read/write latency",
            ),
        },
        sdk_shape::EnumValue {
            value: "PL3",
            description: sdk_shape::Text::en(
                "Ultra-high concurrent I/O performance and highly stable read/write latency",
            ),
        },
    ],
};
