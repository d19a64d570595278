// @generated from spec/tat/2020-10-28/types/CommandType.json by `cargo xtask codegen`; do not edit.
//! The `CommandType` enum.

/// Type of a command's content.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommandType {
    /// A shell script. (`SHELL`)
    Shell,
    /// A PowerShell script. (`POWERSHELL`)
    Powershell,
    /// A batch (BAT) script. (`BAT`)
    Bat,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl CommandType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Shell => "SHELL",
            Self::Powershell => "POWERSHELL",
            Self::Bat => "BAT",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for CommandType {
    fn from(value: &str) -> Self {
        match value {
            "SHELL" => Self::Shell,
            "POWERSHELL" => Self::Powershell,
            "BAT" => Self::Bat,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for CommandType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for CommandType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CommandType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CommandType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl CommandType {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "CommandType",
    description: sdk_shape::Text::en("Type of a command's content."),
    values: &[
        sdk_shape::EnumValue {
            value: "SHELL",
            description: sdk_shape::Text::en("A shell script."),
        },
        sdk_shape::EnumValue {
            value: "POWERSHELL",
            description: sdk_shape::Text::en("A PowerShell script."),
        },
        sdk_shape::EnumValue {
            value: "BAT",
            description: sdk_shape::Text::en("A batch (BAT) script."),
        },
    ],
};
