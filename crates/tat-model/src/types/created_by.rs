// @generated from spec/tat/2020-10-28/types/CreatedBy.json by `cargo xtask codegen`; do not edit.
//! The `CreatedBy` enum.

/// Command creator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreatedBy {
    /// public command (`TAT`)
    Tat,
    /// personal creation command (`USER`)
    User,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl CreatedBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tat => "TAT",
            Self::User => "USER",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for CreatedBy {
    fn from(value: &str) -> Self {
        match value {
            "TAT" => Self::Tat,
            "USER" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for CreatedBy {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for CreatedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CreatedBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CreatedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl CreatedBy {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "CreatedBy",
    description: sdk_shape::Text::both("Command creator.", "命令创建者。"),
    values: &[
        sdk_shape::EnumValue {
            value: "TAT",
            description: sdk_shape::Text::both("public command", "公共命令"),
        },
        sdk_shape::EnumValue {
            value: "USER",
            description: sdk_shape::Text::both(
                "personal creation command",
                "个人创建的命令",
            ),
        },
    ],
};
