// @generated from spec/tat/2020-10-28/types/InstanceKind.json by `cargo xtask codegen`; do not edit.
//! The `InstanceKind` enum.

/// Kind of instance a command runs on.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceKind {
    /// A Cloud Virtual Machine instance. (`CVM`)
    Cvm,
    /// A Tencent Cloud Lighthouse instance. (`LIGHTHOUSE`)
    Lighthouse,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl InstanceKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cvm => "CVM",
            Self::Lighthouse => "LIGHTHOUSE",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for InstanceKind {
    fn from(value: &str) -> Self {
        match value {
            "CVM" => Self::Cvm,
            "LIGHTHOUSE" => Self::Lighthouse,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InstanceKind {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for InstanceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InstanceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InstanceKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl InstanceKind {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "InstanceKind",
    description: sdk_shape::Text::en("Kind of instance a command runs on."),
    values: &[
        sdk_shape::EnumValue {
            value: "CVM",
            description: sdk_shape::Text::en("A Cloud Virtual Machine instance."),
        },
        sdk_shape::EnumValue {
            value: "LIGHTHOUSE",
            description: sdk_shape::Text::en("A Tencent Cloud Lighthouse instance."),
        },
    ],
};
