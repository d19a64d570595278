// @generated from spec/eflo-controller/2022-12-15/types/CreateNetTestTaskDelayTestHosts.json by `cargo xtask codegen`; do not edit.
//! The `CreateNetTestTaskDelayTestHosts` data type.

/// The hosts of the test nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateNetTestTaskDelayTestHosts {
    /// The bonded NIC port.
    ///
    /// Wire name: `Bond`.
    #[serde(rename = "Bond", default, skip_serializing_if = "Option::is_none")]
    pub bond: Option<String>,
    /// The IP address of the node.
    ///
    /// Wire name: `IP`.
    #[serde(rename = "IP", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
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

impl CreateNetTestTaskDelayTestHosts {
    /// Sets `Bond`: The bonded NIC port.
    pub fn with_bond(mut self, value: impl Into<String>) -> Self {
        self.bond = Some(value.into());
        self
    }

    /// Sets `IP`: The IP address of the node.
    pub fn with_ip(mut self, value: impl Into<String>) -> Self {
        self.ip = Some(value.into());
        self
    }

    /// Sets `NodeId`: The node ID.
    pub fn with_node_id(mut self, value: impl Into<String>) -> Self {
        self.node_id = Some(value.into());
        self
    }

    /// Sets `ResourceId`: The resource ID.
    pub fn with_resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }

    /// Sets `ServerName`: The service name.
    pub fn with_server_name(mut self, value: impl Into<String>) -> Self {
        self.server_name = Some(value.into());
        self
    }

    /// The bonded NIC port (`Bond`).
    pub fn bond(&self) -> Option<&str> {
        self.bond.as_deref()
    }

    /// The IP address of the node (`IP`).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
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

impl CreateNetTestTaskDelayTestHosts {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateNetTestTaskDelayTestHosts",
    description: sdk_shape::Text::en("The hosts of the test nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "Bond",
            flag: "bond",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The bonded NIC port."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IP",
            flag: "ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP address of the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
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
