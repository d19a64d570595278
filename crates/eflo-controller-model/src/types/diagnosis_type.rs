// @generated from spec/eflo-controller/2022-12-15/types/DiagnosisType.json by `cargo xtask codegen`; do not edit.
//! The `DiagnosisType` enum.

/// The diagnosis type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DiagnosisType {
    /// quick diagnosis (`QUICK`)
    Quick,
    /// comprehensive diagnosis (`COMPREHENSIVE`)
    Comprehensive,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl DiagnosisType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Quick => "QUICK",
            Self::Comprehensive => "COMPREHENSIVE",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for DiagnosisType {
    fn from(value: &str) -> Self {
        match value {
            "QUICK" => Self::Quick,
            "COMPREHENSIVE" => Self::Comprehensive,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for DiagnosisType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for DiagnosisType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DiagnosisType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DiagnosisType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl DiagnosisType {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "DiagnosisType",
    description: sdk_shape::Text::en("The diagnosis type."),
    values: &[
        sdk_shape::EnumValue {
            value: "QUICK",
            description: sdk_shape::Text::en("quick diagnosis"),
        },
        sdk_shape::EnumValue {
            value: "COMPREHENSIVE",
            description: sdk_shape::Text::en("comprehensive diagnosis"),
        },
    ],
};
