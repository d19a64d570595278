// @generated from spec/tat/2020-10-28/types/TaskStatus.json by `cargo xtask codegen`; do not edit.
//! The `TaskStatus` enum.

/// Status of an execution task (an invocation on one instance).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TaskStatus {
    /// Waiting to be delivered. (`PENDING`)
    Pending,
    /// Being delivered to the instance. (`DELIVERING`)
    Delivering,
    /// Delivery is delayed. (`DELIVER_DELAYED`)
    DeliverDelayed,
    /// Delivery failed. (`DELIVER_FAILED`)
    DeliverFailed,
    /// The command failed to start. (`START_FAILED`)
    StartFailed,
    /// Running. (`RUNNING`)
    Running,
    /// Succeeded. (`SUCCESS`)
    Success,
    /// Failed: the command exited with a code other than 0. (`FAILED`)
    Failed,
    /// The command timed out. (`TIMEOUT`)
    Timeout,
    /// The task timed out: the agent did not answer. (`TASK_TIMEOUT`)
    TaskTimeout,
    /// Being cancelled. (`CANCELLING`)
    Cancelling,
    /// Cancelled before it started. (`CANCELLED`)
    Cancelled,
    /// Terminated: cancelled while running. (`TERMINATED`)
    Terminated,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl TaskStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Delivering => "DELIVERING",
            Self::DeliverDelayed => "DELIVER_DELAYED",
            Self::DeliverFailed => "DELIVER_FAILED",
            Self::StartFailed => "START_FAILED",
            Self::Running => "RUNNING",
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Timeout => "TIMEOUT",
            Self::TaskTimeout => "TASK_TIMEOUT",
            Self::Cancelling => "CANCELLING",
            Self::Cancelled => "CANCELLED",
            Self::Terminated => "TERMINATED",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for TaskStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "DELIVERING" => Self::Delivering,
            "DELIVER_DELAYED" => Self::DeliverDelayed,
            "DELIVER_FAILED" => Self::DeliverFailed,
            "START_FAILED" => Self::StartFailed,
            "RUNNING" => Self::Running,
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            "TIMEOUT" => Self::Timeout,
            "TASK_TIMEOUT" => Self::TaskTimeout,
            "CANCELLING" => Self::Cancelling,
            "CANCELLED" => Self::Cancelled,
            "TERMINATED" => Self::Terminated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for TaskStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for TaskStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TaskStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TaskStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl TaskStatus {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "TaskStatus",
    description: sdk_shape::Text::en(
        "Status of an execution task (an invocation on one instance).",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "PENDING",
            description: sdk_shape::Text::en("Waiting to be delivered."),
        },
        sdk_shape::EnumValue {
            value: "DELIVERING",
            description: sdk_shape::Text::en("Being delivered to the instance."),
        },
        sdk_shape::EnumValue {
            value: "DELIVER_DELAYED",
            description: sdk_shape::Text::en("Delivery is delayed."),
        },
        sdk_shape::EnumValue {
            value: "DELIVER_FAILED",
            description: sdk_shape::Text::en("Delivery failed."),
        },
        sdk_shape::EnumValue {
            value: "START_FAILED",
            description: sdk_shape::Text::en("The command failed to start."),
        },
        sdk_shape::EnumValue {
            value: "RUNNING",
            description: sdk_shape::Text::en("Running."),
        },
        sdk_shape::EnumValue {
            value: "SUCCESS",
            description: sdk_shape::Text::en("Succeeded."),
        },
        sdk_shape::EnumValue {
            value: "FAILED",
            description: sdk_shape::Text::en(
                "Failed: the command exited with a code other than 0.",
            ),
        },
        sdk_shape::EnumValue {
            value: "TIMEOUT",
            description: sdk_shape::Text::en("The command timed out."),
        },
        sdk_shape::EnumValue {
            value: "TASK_TIMEOUT",
            description: sdk_shape::Text::en(
                "The task timed out: the agent did not answer.",
            ),
        },
        sdk_shape::EnumValue {
            value: "CANCELLING",
            description: sdk_shape::Text::en("Being cancelled."),
        },
        sdk_shape::EnumValue {
            value: "CANCELLED",
            description: sdk_shape::Text::en("Cancelled before it started."),
        },
        sdk_shape::EnumValue {
            value: "TERMINATED",
            description: sdk_shape::Text::en("Terminated: cancelled while running."),
        },
    ],
};
