// @generated from spec/eflo-controller/2022-12-15/types/ContentEncoding.json by `cargo xtask codegen`; do not edit.
//! The `ContentEncoding` enum.

/// Encoding of CommandContent and Output in a [DescribeInvocations](crate::actions::describe_invocations::DescribeInvocations) response.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContentEncoding {
    /// Plain text. (`PlainText`)
    PlainText,
    /// Base64-encoded (the default). (`Base64`)
    Base64,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl ContentEncoding {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PlainText => "PlainText",
            Self::Base64 => "Base64",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for ContentEncoding {
    fn from(value: &str) -> Self {
        match value {
            "PlainText" => Self::PlainText,
            "Base64" => Self::Base64,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ContentEncoding {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ContentEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ContentEncoding {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ContentEncoding {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl ContentEncoding {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "ContentEncoding",
    description: sdk_shape::Text::en(
        "Encoding of CommandContent and Output in a DescribeInvocations response.",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "PlainText",
            description: sdk_shape::Text::en("Plain text."),
        },
        sdk_shape::EnumValue {
            value: "Base64",
            description: sdk_shape::Text::en("Base64-encoded (the default)."),
        },
    ],
};
