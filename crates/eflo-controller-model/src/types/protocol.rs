// @generated from spec/eflo-controller/2022-12-15/types/Protocol.json by `cargo xtask codegen`; do not edit.
//! The `Protocol` enum.

/// The network protocol.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Protocol {
    /// RDMA (`RDMA`)
    Rdma,
    /// TCP (`TCP`)
    Tcp,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl Protocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rdma => "RDMA",
            Self::Tcp => "TCP",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for Protocol {
    fn from(value: &str) -> Self {
        match value {
            "RDMA" => Self::Rdma,
            "TCP" => Self::Tcp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for Protocol {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for Protocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Protocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Protocol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl Protocol {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "Protocol",
    description: sdk_shape::Text::en("The network protocol."),
    values: &[
        sdk_shape::EnumValue {
            value: "RDMA",
            description: sdk_shape::Text::en("RDMA"),
        },
        sdk_shape::EnumValue {
            value: "TCP",
            description: sdk_shape::Text::en("TCP"),
        },
    ],
};
