// @generated from spec/eflo-controller/2022-12-15/types/NodeInvocationStatus.json by `cargo xtask codegen`; do not edit.
//! The `NodeInvocationStatus` enum.

/// Progress of a command on one node.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeInvocationStatus {
    /// Pending. (`Pending`)
    Pending,
    /// Invalid. (`Invalid`)
    Invalid,
    /// Aborted. (`Aborted`)
    Aborted,
    /// Running. (`Running`)
    Running,
    /// Succeeded. (`Success`)
    Success,
    /// Failed. (`Failed`)
    Failed,
    /// Error. (`Error`)
    Error,
    /// Timed out. (`Timeout`)
    Timeout,
    /// Cancelled. (`Cancelled`)
    Cancelled,
    /// Being stopped. (`Stopping`)
    Stopping,
    /// Terminated. (`Terminated`)
    Terminated,
    /// Scheduled. (`Scheduled`)
    Scheduled,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl NodeInvocationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "Pending",
            Self::Invalid => "Invalid",
            Self::Aborted => "Aborted",
            Self::Running => "Running",
            Self::Success => "Success",
            Self::Failed => "Failed",
            Self::Error => "Error",
            Self::Timeout => "Timeout",
            Self::Cancelled => "Cancelled",
            Self::Stopping => "Stopping",
            Self::Terminated => "Terminated",
            Self::Scheduled => "Scheduled",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for NodeInvocationStatus {
    fn from(value: &str) -> Self {
        match value {
            "Pending" => Self::Pending,
            "Invalid" => Self::Invalid,
            "Aborted" => Self::Aborted,
            "Running" => Self::Running,
            "Success" => Self::Success,
            "Failed" => Self::Failed,
            "Error" => Self::Error,
            "Timeout" => Self::Timeout,
            "Cancelled" => Self::Cancelled,
            "Stopping" => Self::Stopping,
            "Terminated" => Self::Terminated,
            "Scheduled" => Self::Scheduled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for NodeInvocationStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for NodeInvocationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NodeInvocationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for NodeInvocationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl NodeInvocationStatus {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "NodeInvocationStatus",
    description: sdk_shape::Text::en("Progress of a command on one node."),
    values: &[
        sdk_shape::EnumValue {
            value: "Pending",
            description: sdk_shape::Text::en("Pending."),
        },
        sdk_shape::EnumValue {
            value: "Invalid",
            description: sdk_shape::Text::en("Invalid."),
        },
        sdk_shape::EnumValue {
            value: "Aborted",
            description: sdk_shape::Text::en("Aborted."),
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
            value: "Error",
            description: sdk_shape::Text::en("Error."),
        },
        sdk_shape::EnumValue {
            value: "Timeout",
            description: sdk_shape::Text::en("Timed out."),
        },
        sdk_shape::EnumValue {
            value: "Cancelled",
            description: sdk_shape::Text::en("Cancelled."),
        },
        sdk_shape::EnumValue {
            value: "Stopping",
            description: sdk_shape::Text::en("Being stopped."),
        },
        sdk_shape::EnumValue {
            value: "Terminated",
            description: sdk_shape::Text::en("Terminated."),
        },
        sdk_shape::EnumValue {
            value: "Scheduled",
            description: sdk_shape::Text::en("Scheduled."),
        },
    ],
};
