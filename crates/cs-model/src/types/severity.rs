// @generated from spec/cs/2015-12-15/types/Severity.json by `cargo xtask codegen`; do not edit.
//! The `Severity` enum.

/// The severity level.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// low (`low`)
    Low,
    /// medium (`medium`)
    Medium,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl Severity {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for Severity {
    fn from(value: &str) -> Self {
        match value {
            "low" => Self::Low,
            "medium" => Self::Medium,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Severity {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Severity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl Severity {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "Severity",
    description: sdk_shape::Text::en("The severity level."),
    values: &[
        sdk_shape::EnumValue {
            value: "low",
            description: sdk_shape::Text::en("low"),
        },
        sdk_shape::EnumValue {
            value: "medium",
            description: sdk_shape::Text::en("medium"),
        },
    ],
};
