// @generated from spec/eflo-controller/2022-12-15/types/InvocationStatus.json by `cargo xtask codegen`; do not edit.
//! The `InvocationStatus` enum.

/// Overall status of a command execution, over all of its nodes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationStatus {
    /// Pending. (`Pending`)
    Pending,
    /// Scheduled. (`Scheduled`)
    Scheduled,
    /// Running. (`Running`)
    Running,
    /// Succeeded. (`Success`)
    Success,
    /// Failed. (`Failed`)
    Failed,
    /// Being stopped. (`Stopping`)
    Stopping,
    /// Stopped. (`Stopped`)
    Stopped,
    /// Partially failed. (`PartialFailed`)
    PartialFailed,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl InvocationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Scheduled => "Scheduled",
            Self::Running => "Running",
            Self::Success => "Success",
            Self::Failed => "Failed",
            Self::Stopping => "Stopping",
            Self::Stopped => "Stopped",
            Self::PartialFailed => "PartialFailed",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for InvocationStatus {
    fn from(value: &str) -> Self {
        match value {
            "Pending" => Self::Pending,
            "Scheduled" => Self::Scheduled,
            "Running" => Self::Running,
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            "Stopping" => Self::Stopping,
            "Stopped" => Self::Stopped,
            "PartialFailed" => Self::PartialFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for InvocationStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for InvocationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvocationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InvocationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl InvocationStatus {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "InvocationStatus",
    description: sdk_shape::Text::en(
        "Overall status of a command execution, over all of its nodes.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "Pending",
            description: sdk_shape::Text::en("Pending."),
        },
        sdk_shape::EnumValue {
            value: "Scheduled",
            description: sdk_shape::Text::en("Scheduled."),
        },
        sdk_shape::EnumValue {
            value: "Running",
            description: sdk_shape::Text::en("Running."),
        },
        sdk_shape::EnumValue {
            value: "Success",
            description: sdk_shape::Text::en("Succeeded."),
        },
        sdk_shape::EnumValue {
            value: "Failed",
            description: sdk_shape::Text::en("Failed."),
        },
        sdk_shape::EnumValue {
            value: "Stopping",
            description: sdk_shape::Text::en("Being stopped."),
        },
        sdk_shape::EnumValue {
            value: "Stopped",
            description: sdk_shape::Text::en("Stopped."),
        },
        sdk_shape::EnumValue {
            value: "PartialFailed",
            description: sdk_shape::Text::en("Partially failed."),
        },
    ],
};
