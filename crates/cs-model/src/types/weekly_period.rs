// @generated from spec/cs/2015-12-15/types/WeeklyPeriod.json by `cargo xtask codegen`; do not edit.
//! The `WeeklyPeriod` enum.

/// The weekly maintenance period.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WeeklyPeriod {
    /// Monday (`Monday`)
    Monday,
    /// Tuesday (`Tuesday`)
    Tuesday,
    /// Wednesday (`Wednesday`)
    Wednesday,
    /// Thursday (`Thursday`)
    Thursday,
    /// Friday (`Friday`)
    Friday,
    /// Saturday (`Saturday`)
    Saturday,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl WeeklyPeriod {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monday => "Monday",
            Self::Tuesday => "Tuesday",
            Self::Wednesday => "Wednesday",
            Self::Thursday => "Thursday",
            Self::Friday => "Friday",
            Self::Saturday => "Saturday",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for WeeklyPeriod {
    fn from(value: &str) -> Self {
        match value {
            "Monday" => Self::Monday,
            "Tuesday" => Self::Tuesday,
            "Wednesday" => Self::Wednesday,
            "Thursday" => Self::Thursday,
            "Friday" => Self::Friday,
            "Saturday" => Self::Saturday,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for WeeklyPeriod {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for WeeklyPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WeeklyPeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WeeklyPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl WeeklyPeriod {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "WeeklyPeriod",
    description: sdk_shape::Text::en("The weekly maintenance period."),
    values: &[
        sdk_shape::EnumValue {
            value: "Monday",
            description: sdk_shape::Text::en("Monday"),
        },
        sdk_shape::EnumValue {
            value: "Tuesday",
            description: sdk_shape::Text::en("Tuesday"),
        },
        sdk_shape::EnumValue {
            value: "Wednesday",
            description: sdk_shape::Text::en("Wednesday"),
        },
        sdk_shape::EnumValue {
            value: "Thursday",
            description: sdk_shape::Text::en("Thursday"),
        },
        sdk_shape::EnumValue {
            value: "Friday",
            description: sdk_shape::Text::en("Friday"),
        },
        sdk_shape::EnumValue {
            value: "Saturday",
            description: sdk_shape::Text::en("Saturday"),
        },
    ],
};
