// @generated from spec/cs/2015-12-15/types/FileSystem.json by `cargo xtask codegen`; do not edit.
//! The `FileSystem` enum.

/// The file system that is mounted.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileSystem {
    /// ext4 (`ext4`)
    Ext4,
    /// xfs (`xfs`)
    Xfs,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl FileSystem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ext4 => "ext4",
            Self::Xfs => "xfs",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for FileSystem {
    fn from(value: &str) -> Self {
        match value {
            "ext4" => Self::Ext4,
            "xfs" => Self::Xfs,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for FileSystem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for FileSystem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for FileSystem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for FileSystem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl FileSystem {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "FileSystem",
    description: sdk_shape::Text::en("The file system that is mounted."),
    values: &[
        sdk_shape::EnumValue {
            value: "ext4",
            description: sdk_shape::Text::en("ext4"),
        },
        sdk_shape::EnumValue {
            value: "xfs",
            description: sdk_shape::Text::en("xfs"),
        },
    ],
};
