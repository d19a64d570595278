// @generated from spec/eflo-controller/2022-12-15/types/NodeErrorCode.json by `cargo xtask codegen`; do not edit.
//! The `NodeErrorCode` enum.

/// Code of the reason a delivery to a node failed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NodeErrorCode {
    /// No error code. (`Empty`)
    Empty,
    /// The node does not exist. (`NodeNotExists`)
    NodeNotExists,
    /// The node has been released. (`NodeReleased`)
    NodeReleased,
    /// The node is not running. (`NodeNotRunning`)
    NodeNotRunning,
    /// The account does not exist. (`AccountNotExists`)
    AccountNotExists,
    /// The client is not running. (`ClientNotRunning`)
    ClientNotRunning,
    /// The client does not respond. (`ClientNotResponse`)
    ClientNotResponse,
    /// The client is upgrading. (`ClientIsUpgrading`)
    ClientIsUpgrading,
    /// The client needs an upgrade. (`ClientNeedUpgrade`)
    ClientNeedUpgrade,
    /// The delivery timed out. (`DeliveryTimeout`)
    DeliveryTimeout,
    /// The file could not be created. (`FileCreateFail`)
    FileCreateFail,
    /// The file already exists. (`FileAlreadyExists`)
    FileAlreadyExists,
    /// The file content is invalid. (`FileContentInvalid`)
    FileContentInvalid,
    /// The file name is invalid. (`FileNameInvalid`)
    FileNameInvalid,
    /// The file path is invalid. (`FilePathInvalid`)
    FilePathInvalid,
    /// The file permissions are invalid. (`FileAuthorityInvalid`)
    FileAuthorityInvalid,
    /// The user group does not exist. (`UserGroupNotExists`)
    UserGroupNotExists,
    /// A value the documentation does not list, kept verbatim so it round-trips.
    Unknown(String),
}

impl NodeErrorCode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Empty => "Empty",
            Self::NodeNotExists => "NodeNotExists",
            Self::NodeReleased => "NodeReleased",
            Self::NodeNotRunning => "NodeNotRunning",
            Self::AccountNotExists => "AccountNotExists",
            Self::ClientNotRunning => "ClientNotRunning",
            Self::ClientNotResponse => "ClientNotResponse",
            Self::ClientIsUpgrading => "ClientIsUpgrading",
            Self::ClientNeedUpgrade => "ClientNeedUpgrade",
            Self::DeliveryTimeout => "DeliveryTimeout",
            Self::FileCreateFail => "FileCreateFail",
            Self::FileAlreadyExists => "FileAlreadyExists",
            Self::FileContentInvalid => "FileContentInvalid",
            Self::FileNameInvalid => "FileNameInvalid",
            Self::FilePathInvalid => "FilePathInvalid",
            Self::FileAuthorityInvalid => "FileAuthorityInvalid",
            Self::UserGroupNotExists => "UserGroupNotExists",
            Self::Unknown(value) => value,
        }
    }

    /// Whether the value is not one the documentation lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for NodeErrorCode {
    fn from(value: &str) -> Self {
        match value {
            "Empty" => Self::Empty,
            "NodeNotExists" => Self::NodeNotExists,
            "NodeReleased" => Self::NodeReleased,
            "NodeNotRunning" => Self::NodeNotRunning,
            "AccountNotExists" => Self::AccountNotExists,
            "ClientNotRunning" => Self::ClientNotRunning,
            "ClientNotResponse" => Self::ClientNotResponse,
            "ClientIsUpgrading" => Self::ClientIsUpgrading,
            "ClientNeedUpgrade" => Self::ClientNeedUpgrade,
            "DeliveryTimeout" => Self::DeliveryTimeout,
            "FileCreateFail" => Self::FileCreateFail,
            "FileAlreadyExists" => Self::FileAlreadyExists,
            "FileContentInvalid" => Self::FileContentInvalid,
            "FileNameInvalid" => Self::FileNameInvalid,
            "FilePathInvalid" => Self::FilePathInvalid,
            "FileAuthorityInvalid" => Self::FileAuthorityInvalid,
            "UserGroupNotExists" => Self::UserGroupNotExists,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl From<String> for NodeErrorCode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}

impl std::fmt::Display for NodeErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for NodeErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        sdk_shape::wire::serialize_enum(self.as_str(), serializer)
    }
}

impl<'de> serde::Deserialize<'de> for NodeErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdk_shape::wire::deserialize_enum(deserializer)
    }
}

impl NodeErrorCode {
    /// The documented values, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::EnumShape = &SHAPE;
}

/// The documented values of this enum.
pub static SHAPE: sdk_shape::EnumShape = sdk_shape::EnumShape {
    name: "NodeErrorCode",
    description: sdk_shape::Text::en("Code of the reason a delivery to a node failed."),
    values: &[
        sdk_shape::EnumValue {
            value: "Empty",
            description: sdk_shape::Text::en("No error code."),
        },
        sdk_shape::EnumValue {
            value: "NodeNotExists",
            description: sdk_shape::Text::en("The node does not exist."),
        },
        sdk_shape::EnumValue {
            value: "NodeReleased",
            description: sdk_shape::Text::en("The node has been released."),
        },
        sdk_shape::EnumValue {
            value: "NodeNotRunning",
            description: sdk_shape::Text::en("The node is not running."),
        },
        sdk_shape::EnumValue {
            value: "AccountNotExists",
            description: sdk_shape::Text::en("The account does not exist."),
        },
        sdk_shape::EnumValue {
            value: "ClientNotRunning",
            description: sdk_shape::Text::en("The client is not running."),
        },
        sdk_shape::EnumValue {
            value: "ClientNotResponse",
            description: sdk_shape::Text::en("The client does not respond."),
        },
        sdk_shape::EnumValue {
            value: "ClientIsUpgrading",
            description: sdk_shape::Text::en("The client is upgrading."),
        },
        sdk_shape::EnumValue {
            value: "ClientNeedUpgrade",
            description: sdk_shape::Text::en("The client needs an upgrade."),
        },
        sdk_shape::EnumValue {
            value: "DeliveryTimeout",
            description: sdk_shape::Text::en("The delivery timed out."),
        },
        sdk_shape::EnumValue {
            value: "FileCreateFail",
            description: sdk_shape::Text::en("The file could not be created."),
        },
        sdk_shape::EnumValue {
            value: "FileAlreadyExists",
            description: sdk_shape::Text::en("The file already exists."),
        },
        sdk_shape::EnumValue {
            value: "FileContentInvalid",
            description: sdk_shape::Text::en("The file content is invalid."),
        },
        sdk_shape::EnumValue {
            value: "FileNameInvalid",
            description: sdk_shape::Text::en("The file name is invalid."),
        },
        sdk_shape::EnumValue {
            value: "FilePathInvalid",
            description: sdk_shape::Text::en("The file path is invalid."),
        },
        sdk_shape::EnumValue {
            value: "FileAuthorityInvalid",
            description: sdk_shape::Text::en("The file permissions are invalid."),
        },
        sdk_shape::EnumValue {
            value: "UserGroupNotExists",
            description: sdk_shape::Text::en("The user group does not exist."),
        },
    ],
};
