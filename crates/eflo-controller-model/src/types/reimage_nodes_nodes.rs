// @generated from spec/eflo-controller/2022-12-15/types/ReimageNodesNodes.json by `cargo xtask codegen`; do not edit.
//! The `ReimageNodesNodes` data type.

/// The list of nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ReimageNodesNodes {
    /// The hostname.
    ///
    /// Wire name: `Hostname`.
    #[serde(rename = "Hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The system image ID.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The logon password.
    ///
    /// Wire name: `LoginPassword`.
    #[serde(rename = "LoginPassword", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

impl ReimageNodesNodes {
    /// Sets `Hostname`: The hostname.
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }

    /// Sets `ImageId`: The system image ID.
    pub fn with_image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `LoginPassword`: The logon password.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `NodeId`: The node ID.
    pub fn with_node_id(mut self, value: impl Into<String>) -> Self {
        self.node_id = Some(value.into());
        self
    }

    /// The hostname (`Hostname`).
    pub fn hostname(&self) -> Option<&str> {
        self.hostname.as_deref()
    }

    /// The system image ID (`ImageId`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The logon password (`LoginPassword`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }
}

impl ReimageNodesNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ReimageNodesNodes",
    description: sdk_shape::Text::en("The list of nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "Hostname",
            flag: "hostname",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageId",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The system image ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LoginPassword",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The logon password."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
