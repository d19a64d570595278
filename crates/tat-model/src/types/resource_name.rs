// @generated from spec/tat/2020-10-28/types/ResourceName.json by `cargo xtask codegen`; do not edit.
//! The `ResourceName` enum.

/// Resource name
///
/// Value is:.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceName {
    /// COMMAND (`COMMAND`)
    Command,
    /// managed instance registration code (`REGISTER_CODE`)
    RegisterCode,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl ResourceName {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Command => "COMMAND",
            Self::RegisterCode => "REGISTER_CODE",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for ResourceName {
    fn from(value: &str) -> Self {
        match value {
            "COMMAND" => Self::Command,
            "REGISTER_CODE" => Self::RegisterCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ResourceName {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ResourceName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ResourceName {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ResourceName {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl ResourceName {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "ResourceName",
    description: sdk_shape::Text::both(
        "Resource name\n\nValue is:.",
        "资源名称\n\n取值为：\n\n- COMMAND：命令\n- REGISTER_CODE：托管实例注册码",
    ),
    values: &[
        sdk_shape::EnumValue {
            value: "COMMAND",
            description: sdk_shape::Text::both("COMMAND", "命令"),
        },
        sdk_shape::EnumValue {
            value: "REGISTER_CODE",
            description: sdk_shape::Text::both(
                "managed instance registration code",
                "托管实例注册码",
            ),
        },
    ],
};
