// @generated from spec/tat/2020-10-28/types/InvocationStatus.json by `cargo xtask codegen`; do not edit.
//! The `InvocationStatus` enum.

/// Status of an execution activity; also the result of an invoker run ([InvokerRecord](crate::types::InvokerRecord).Result).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InvocationStatus {
    /// Waiting to run. (`PENDING`)
    Pending,
    /// Running. (`RUNNING`)
    Running,
    /// Being cancelled. (`CANCELLING`)
    Cancelling,
    /// Succeeded. (`SUCCESS`)
    Success,
    /// Timed out. (`TIMEOUT`)
    Timeout,
    /// Failed. (`FAILED`)
    Failed,
    /// Cancelled. (`CANCELLED`)
    Cancelled,
    /// Partially failed. (`PARTIAL_FAILED`)
    PartialFailed,
    /// Partially cancelled. (`PARTIAL_CANCELLED`)
    PartialCancelled,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl InvocationStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Running => "RUNNING",
            Self::Cancelling => "CANCELLING",
            Self::Success => "SUCCESS",
            Self::Timeout => "TIMEOUT",
            Self::Failed => "FAILED",
            Self::Cancelled => "CANCELLED",
            Self::PartialFailed => "PARTIAL_FAILED",
            Self::PartialCancelled => "PARTIAL_CANCELLED",
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
            "PENDING" => Self::Pending,
            "RUNNING" => Self::Running,
            "CANCELLING" => Self::Cancelling,
            "SUCCESS" => Self::Success,
            "TIMEOUT" => Self::Timeout,
            "FAILED" => Self::Failed,
            "CANCELLED" => Self::Cancelled,
            "PARTIAL_FAILED" => Self::PartialFailed,
            "PARTIAL_CANCELLED" => Self::PartialCancelled,
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
        "Status of an execution activity; also the result of an invoker run (InvokerRecord.Result).",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "PENDING",
            description: sdk_shape::Text::en("Waiting to run."),
        },
        sdk_shape::EnumValue {
            value: "RUNNING",
            description: sdk_shape::Text::en("Running."),
        },
        sdk_shape::EnumValue {
            value: "CANCELLING",
            description: sdk_shape::Text::en("Being cancelled."),
        },
        sdk_shape::EnumValue {
            value: "SUCCESS",
            description: sdk_shape::Text::en("Succeeded."),
        },
        sdk_shape::EnumValue {
            value: "TIMEOUT",
            description: sdk_shape::Text::en("Timed out."),
        },
        sdk_shape::EnumValue {
            value: "FAILED",
            description: sdk_shape::Text::en("Failed."),
        },
        sdk_shape::EnumValue {
            value: "CANCELLED",
            description: sdk_shape::Text::en("Cancelled."),
        },
        sdk_shape::EnumValue {
            value: "PARTIAL_FAILED",
            description: sdk_shape::Text::en("Partially failed."),
        },
        sdk_shape::EnumValue {
            value: "PARTIAL_CANCELLED",
            description: sdk_shape::Text::en("Partially cancelled."),
        },
    ],
};
