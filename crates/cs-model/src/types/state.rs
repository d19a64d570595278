// @generated from spec/cs/2015-12-15/types/State.json by `cargo xtask codegen`; do not edit.
//! The `State` enum.

/// The state of the component.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// installing (`installing`)
    Installing,
    /// failed (`failed`)
    Failed,
    /// active (`active`)
    Active,
    /// upgrading (`upgrading`)
    Upgrading,
    /// updating (`updating`)
    Updating,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl State {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Installing => "installing",
            Self::Failed => "failed",
            Self::Active => "active",
            Self::Upgrading => "upgrading",
            Self::Updating => "updating",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for State {
    fn from(value: &str) -> Self {
        match value {
            "installing" => Self::Installing,
            "failed" => Self::Failed,
            "active" => Self::Active,
            "upgrading" => Self::Upgrading,
            "updating" => Self::Updating,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for State {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for State {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for State {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl State {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "State",
    description: sdk_shape::Text::en("The state of the component."),
    values: &[
        sdk_shape::EnumValue {
            value: "installing",
            description: sdk_shape::Text::en("installing"),
        },
        sdk_shape::EnumValue {
            value: "failed",
            description: sdk_shape::Text::en("failed"),
        },
        sdk_shape::EnumValue {
            value: "active",
            description: sdk_shape::Text::en("active"),
        },
        sdk_shape::EnumValue {
            value: "upgrading",
            description: sdk_shape::Text::en("upgrading"),
        },
        sdk_shape::EnumValue {
            value: "updating",
            description: sdk_shape::Text::en("updating"),
        },
    ],
};
