// @generated from spec/eflo-controller/2022-12-15/types/HyperNodes.json by `cargo xtask codegen`; do not edit.
//! The `HyperNodes` data type.

/// The list of hyper nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct HyperNodes {
    /// The list of data cloud disks.
    ///
    /// Wire name: `DataDisk`.
    #[serde(rename = "DataDisk", default, skip_serializing_if = "Option::is_none")]
    pub data_disk: Option<Vec<crate::types::DataDisk>>,
    /// The hostname.
    ///
    /// Wire name: `Hostname`.
    #[serde(rename = "Hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The hyper node ID.
    ///
    /// Wire name: `HyperNodeId`.
    #[serde(rename = "HyperNodeId", default, skip_serializing_if = "Option::is_none")]
    pub hyper_node_id: Option<String>,
    /// The logon password.
    ///
    /// Wire name: `LoginPassword`.
    #[serde(rename = "LoginPassword", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The vSwitch ID.
    ///
    /// Wire name: `VSwitchId`.
    #[serde(rename = "VSwitchId", default, skip_serializing_if = "Option::is_none")]
    pub v_switch_id: Option<String>,
    /// The VPC ID.
    ///
    /// Wire name: `VpcId`.
    #[serde(rename = "VpcId", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
}

impl HyperNodes {
    /// Sets `DataDisk`: The list of data cloud disks.
    pub fn with_data_disk(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::DataDisk>>,
    ) -> Self {
        self.data_disk = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Hostname`: The hostname.
    pub fn with_hostname(mut self, value: impl Into<String>) -> Self {
        self.hostname = Some(value.into());
        self
    }

    /// Sets `HyperNodeId`: The hyper node ID.
    pub fn with_hyper_node_id(mut self, value: impl Into<String>) -> Self {
        self.hyper_node_id = Some(value.into());
        self
    }

    /// Sets `LoginPassword`: The logon password.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `VSwitchId`: The vSwitch ID.
    pub fn with_v_switch_id(mut self, value: impl Into<String>) -> Self {
        self.v_switch_id = Some(value.into());
        self
    }

    /// Sets `VpcId`: The VPC ID.
    pub fn with_vpc_id(mut self, value: impl Into<String>) -> Self {
        self.vpc_id = Some(value.into());
        self
    }

    /// The list of data cloud disks (`DataDisk`).
    pub fn data_disk(&self) -> &[crate::types::DataDisk] {
        self.data_disk.as_deref().unwrap_or_default()
    }

    /// The hostname (`Hostname`).
    pub fn hostname(&self) -> Option<&str> {
        self.hostname.as_deref()
    }

    /// The hyper node ID (`HyperNodeId`).
    pub fn hyper_node_id(&self) -> Option<&str> {
        self.hyper_node_id.as_deref()
    }

    /// The logon password (`LoginPassword`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The vSwitch ID (`VSwitchId`).
    pub fn v_switch_id(&self) -> Option<&str> {
        self.v_switch_id.as_deref()
    }

    /// The VPC ID (`VpcId`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }
}

impl HyperNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "HyperNodes",
    description: sdk_shape::Text::en("The list of hyper nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "DataDisk",
            flag: "data-disk",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::data_disk::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of data cloud disks."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hostname",
            flag: "hostname",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HyperNodeId",
            flag: "hyper-node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hyper node ID."),
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
            name: "VSwitchId",
            flag: "v-switch-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The vSwitch ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VpcId",
            flag: "vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The VPC ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
