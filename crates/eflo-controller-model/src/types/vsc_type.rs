// @generated from spec/eflo-controller/2022-12-15/types/VscType.json by `cargo xtask codegen`; do not edit.
//! The `VscType` enum.

/// The type of the VSC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum VscType {
    /// primary (`primary`)
    Primary,
    /// standard (`standard`)
    Standard,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl VscType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Standard => "standard",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for VscType {
    fn from(value: &str) -> Self {
        match value {
            "primary" => Self::Primary,
            "standard" => Self::Standard,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for VscType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for VscType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for VscType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for VscType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl VscType {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "VscType",
    description: sdk_shape::Text::en("The type of the VSC."),
    values: &[
        sdk_shape::EnumValue {
            value: "primary",
            description: sdk_shape::Text::en("primary"),
        },
        sdk_shape::EnumValue {
            value: "standard",
            description: sdk_shape::Text::en("standard"),
        },
    ],
};
