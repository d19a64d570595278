// @generated from spec/tat/2020-10-28/types/InvocationSource.json by `cargo xtask codegen`; do not edit.
//! The `InvocationSource` enum.

/// What started an execution activity or task.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationSource {
    /// Called by a user. (`USER`)
    User,
    /// Run by an invoker on its schedule. (`INVOKER`)
    Invoker,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl InvocationSource {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "USER",
            Self::Invoker => "INVOKER",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for InvocationSource {
    fn from(value: &str) -> Self {
        match value {
            "USER" => Self::User,
            "INVOKER" => Self::Invoker,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InvocationSource {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for InvocationSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvocationSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InvocationSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl InvocationSource {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "InvocationSource",
    description: sdk_shape::Text::en("What started an execution activity or task."),
    values: &[
        sdk_shape::EnumValue {
            value: "USER",
            description: sdk_shape::Text::en("Called by a user."),
        },
        sdk_shape::EnumValue {
            value: "INVOKER",
            description: sdk_shape::Text::en("Run by an invoker on its schedule."),
        },
    ],
};
