// @generated from spec/tat/2020-10-28/types/InvokerType.json by `cargo xtask codegen`; do not edit.
//! The `InvokerType` enum.

/// Type of an invoker.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvokerType {
    /// Recurring invokers. (`SCHEDULE`)
    Schedule,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl InvokerType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Schedule => "SCHEDULE",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for InvokerType {
    fn from(value: &str) -> Self {
        match value {
            "SCHEDULE" => Self::Schedule,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InvokerType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for InvokerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvokerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InvokerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl InvokerType {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "InvokerType",
    description: sdk_shape::Text::en("Type of an invoker."),
    values: &[
        sdk_shape::EnumValue {
            value: "SCHEDULE",
            description: sdk_shape::Text::en("Recurring invokers."),
        },
    ],
};
