// @generated from spec/eflo-controller/2022-12-15/types/Type.json by `cargo xtask codegen`; do not edit.
//! The `Type` enum.

/// The type of communication library test.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// ACCL (`ACCL`)
    Accl,
    /// NCCL (`NCCL`)
    Nccl,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl Type {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accl => "ACCL",
            Self::Nccl => "NCCL",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for Type {
    fn from(value: &str) -> Self {
        match value {
            "ACCL" => Self::Accl,
            "NCCL" => Self::Nccl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Type {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Type {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Type {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl Type {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "Type",
    description: sdk_shape::Text::en("The type of communication library test."),
    values: &[
        sdk_shape::EnumValue {
            value: "ACCL",
            description: sdk_shape::Text::en("ACCL"),
        },
        sdk_shape::EnumValue {
            value: "NCCL",
            description: sdk_shape::Text::en("NCCL"),
        },
    ],
};
