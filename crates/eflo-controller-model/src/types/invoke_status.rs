// @generated from spec/eflo-controller/2022-12-15/types/InvokeStatus.json by `cargo xtask codegen`; do not edit.
//! The `InvokeStatus` enum.

/// Overall execution status of a command execution, over all of its nodes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvokeStatus {
    /// Running. (`Running`)
    Running,
    /// Finished. (`Finished`)
    Finished,
    /// Failed. (`Failed`)
    Failed,
    /// Stopped. (`Stopped`)
    Stopped,
    /// Being stopped. (`Stopping`)
    Stopping,
    /// Partially failed. (`PartialFailed`)
    PartialFailed,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl InvokeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "Running",
            Self::Finished => "Finished",
            Self::Failed => "Failed",
            Self::Stopped => "Stopped",
            Self::Stopping => "Stopping",
            Self::PartialFailed => "PartialFailed",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for InvokeStatus {
    fn from(value: &str) -> Self {
        match value {
            "Running" => Self::Running,
            "Finished" => Self::Finished,
            "Failed" => Self::Failed,
            "Stopped" => Self::Stopped,
            "Stopping" => Self::Stopping,
            "PartialFailed" => Self::PartialFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InvokeStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for InvokeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvokeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InvokeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl InvokeStatus {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "InvokeStatus",
    description: sdk_shape::Text::en(
        "Overall execution status of a command execution, over all of its nodes.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "Running",
            description: sdk_shape::Text::en("Running."),
        },
        sdk_shape::EnumValue {
            value: "Finished",
            description: sdk_shape::Text::en("Finished."),
        },
        sdk_shape::EnumValue {
            value: "Failed",
            description: sdk_shape::Text::en("Failed."),
        },
        sdk_shape::EnumValue {
            value: "Stopped",
            description: sdk_shape::Text::en("Stopped."),
        },
        sdk_shape::EnumValue {
            value: "Stopping",
            description: sdk_shape::Text::en("Being stopped."),
        },
        sdk_shape::EnumValue {
            value: "PartialFailed",
            description: sdk_shape::Text::en("Partially failed."),
        },
    ],
};
