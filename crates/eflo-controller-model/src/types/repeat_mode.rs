// @generated from spec/eflo-controller/2022-12-15/types/RepeatMode.json by `cargo xtask codegen`; do not edit.
//! The `RepeatMode` enum.

/// How a command execution repeats.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RepeatMode {
    /// Run once. (`Once`)
    Once,
    /// Run periodically, by Frequency. (`Period`)
    Period,
    /// Run at the next reboot only. (`NextRebootOnly`)
    NextRebootOnly,
    /// Run at every reboot. (`EveryReboot`)
    EveryReboot,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl RepeatMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Once => "Once",
            Self::Period => "Period",
            Self::NextRebootOnly => "NextRebootOnly",
            Self::EveryReboot => "EveryReboot",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for RepeatMode {
    fn from(value: &str) -> Self {
        match value {
            "Once" => Self::Once,
            "Period" => Self::Period,
            "NextRebootOnly" => Self::NextRebootOnly,
            "EveryReboot" => Self::EveryReboot,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for RepeatMode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for RepeatMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RepeatMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RepeatMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl RepeatMode {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "RepeatMode",
    description: sdk_shape::Text::en("How a command execution repeats."),
    values: &[
        sdk_shape::EnumValue {
            value: "Once",
            description: sdk_shape::Text::en("Run once."),
        },
        sdk_shape::EnumValue {
            value: "Period",
            description: sdk_shape::Text::en("Run periodically, by Frequency."),
        },
        sdk_shape::EnumValue {
            value: "NextRebootOnly",
            description: sdk_shape::Text::en("Run at the next reboot only."),
        },
        sdk_shape::EnumValue {
            value: "EveryReboot",
            description: sdk_shape::Text::en("Run at every reboot."),
        },
    ],
};
