// @generated from spec/cs/2015-12-15/types/ResourceType.json by `cargo xtask codegen`; do not edit.
//! The `ResourceType` enum.

/// The type of the resource.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// the SLB resources created by using Services. By default, these resources are deleted. You can choose to retain them (`SLB`)
    Slb,
    /// the ALB resources created by the ALB Ingress controller. By default, these resources are retained. You can choose to delete them (`ALB`)
    Alb,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl ResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Slb => "SLB",
            Self::Alb => "ALB",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for ResourceType {
    fn from(value: &str) -> Self {
        match value {
            "SLB" => Self::Slb,
            "ALB" => Self::Alb,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for ResourceType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for ResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ResourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for ResourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl ResourceType {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "ResourceType",
    description: sdk_shape::Text::en("The type of the resource."),
    values: &[
        sdk_shape::EnumValue {
            value: "SLB",
            description: sdk_shape::Text::en(
                "the SLB resources created by using Services. By default, these resources are deleted. You can choose to retain them",
            ),
        },
        sdk_shape::EnumValue {
            value: "ALB",
            description: sdk_shape::Text::en(
                "the ALB resources created by the ALB Ingress controller. By default, these resources are retained. You can choose to delete them",
            ),
        },
    ],
};
