// @generated from spec/tat/2020-10-28/types/SchedulePolicy.json by `cargo xtask codegen`; do not edit.
//! The `SchedulePolicy` enum.

/// How a scheduled invoker runs.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchedulePolicy {
    /// Run once, at InvokeTime. (`ONCE`)
    Once,
    /// Run periodically, by the crontab expression in Recurrence. (`RECURRENCE`)
    Recurrence,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl SchedulePolicy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Once => "ONCE",
            Self::Recurrence => "RECURRENCE",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for SchedulePolicy {
    fn from(value: &str) -> Self {
        match value {
            "ONCE" => Self::Once,
            "RECURRENCE" => Self::Recurrence,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for SchedulePolicy {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for SchedulePolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SchedulePolicy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SchedulePolicy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl SchedulePolicy {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "SchedulePolicy",
    description: sdk_shape::Text::en("How a scheduled invoker runs."),
    values: &[
        sdk_shape::EnumValue {
            value: "ONCE",
            description: sdk_shape::Text::en("Run once, at InvokeTime."),
        },
        sdk_shape::EnumValue {
            value: "RECURRENCE",
            description: sdk_shape::Text::en(
                "Run periodically, by the crontab expression in Recurrence.",
            ),
        },
    ],
};
