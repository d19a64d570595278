// @generated from spec/eflo-controller/2022-12-15/types/Clients.json by `cargo xtask codegen`; do not edit.
//! The `Clients` data type.

/// The resource IDs.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Clients {
    /// The NIC bond interface.
    ///
    /// Wire name: `Bond`.
    #[serde(rename = "Bond", default, skip_serializing_if = "Option::is_none")]
    pub bond: Option<String>,
    /// The node IP address.
    ///
    /// Wire name: `IP`.
    #[serde(rename = "IP", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The resource ID.
    ///
    /// Wire name: `ResourceId`.
    #[serde(rename = "ResourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The service name.
    ///
    /// Wire name: `ServerName`.
    #[serde(rename = "ServerName", default, skip_serializing_if = "Option::is_none")]
    pub server_name: Option<String>,
}

impl Clients {
    /// The NIC bond interface (`Bond`).
    pub fn bond(&self) -> Option<&str> {
        self.bond.as_deref()
    }

    /// The node IP address (`IP`).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// The resource ID (`ResourceId`).
    pub fn resource_id(&self) -> Option<&str> {
        self.resource_id.as_deref()
    }

    /// The service name (`ServerName`).
    pub fn server_name(&self) -> Option<&str> {
        self.server_name.as_deref()
    }
}

impl Clients {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Clients",
    description: sdk_shape::Text::en("The resource IDs."),
    members: &[
        sdk_shape::MemberShape {
            name: "Bond",
            flag: "bond",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The NIC bond interface."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IP",
            flag: "ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node IP address."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceId",
            flag: "resource-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ServerName",
            flag: "server-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The service name."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
