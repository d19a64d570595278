// @generated from spec/eflo-controller/2022-12-15/types/NetTestType.json by `cargo xtask codegen`; do not edit.
//! The `NetTestType` enum.

/// The type of network test.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NetTestType {
    /// [DelayTest](crate::types::DelayTest) (`DelayTest`)
    DelayTest,
    /// [TrafficTest](crate::types::TrafficTest) (`TrafficTest`)
    TrafficTest,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl NetTestType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DelayTest => "DelayTest",
            Self::TrafficTest => "TrafficTest",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for NetTestType {
    fn from(value: &str) -> Self {
        match value {
            "DelayTest" => Self::DelayTest,
            "TrafficTest" => Self::TrafficTest,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for NetTestType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for NetTestType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NetTestType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for NetTestType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl NetTestType {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "NetTestType",
    description: sdk_shape::Text::en("The type of network test."),
    values: &[
        sdk_shape::EnumValue {
            value: "DelayTest",
            description: sdk_shape::Text::en("DelayTest"),
        },
        sdk_shape::EnumValue {
            value: "TrafficTest",
            description: sdk_shape::Text::en("TrafficTest"),
        },
    ],
};
