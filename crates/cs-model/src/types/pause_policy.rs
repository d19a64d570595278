// @generated from spec/cs/2015-12-15/types/PausePolicy.json by `cargo xtask codegen`; do not edit.
//! The `PausePolicy` enum.

/// The auto-pause policy during the node upgrade process.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PausePolicy {
    /// NotPause (`NotPause`)
    NotPause,
    /// FirstBatch (`FirstBatch`)
    FirstBatch,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl PausePolicy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotPause => "NotPause",
            Self::FirstBatch => "FirstBatch",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for PausePolicy {
    fn from(value: &str) -> Self {
        match value {
            "NotPause" => Self::NotPause,
            "FirstBatch" => Self::FirstBatch,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for PausePolicy {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for PausePolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PausePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for PausePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl PausePolicy {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "PausePolicy",
    description: sdk_shape::Text::en(
        "The auto-pause policy during the node upgrade process.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "NotPause",
            description: sdk_shape::Text::en("NotPause"),
        },
        sdk_shape::EnumValue {
            value: "FirstBatch",
            description: sdk_shape::Text::en("FirstBatch"),
        },
    ],
};
