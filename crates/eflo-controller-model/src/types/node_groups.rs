// @generated from spec/eflo-controller/2022-12-15/types/NodeGroups.json by `cargo xtask codegen`; do not edit.
//! The `NodeGroups` data type.

/// The list of node groups.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NodeGroups {
    /// Specifies whether file system mounting is supported.
    ///
    /// Wire name: `FileSystemMountEnabled`.
    #[serde(
        rename = "FileSystemMountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_mount_enabled: Option<bool>,
    /// The list of hyper nodes.
    ///
    /// Wire name: `HyperNodes`.
    #[serde(rename = "HyperNodes", default, skip_serializing_if = "Option::is_none")]
    pub hyper_nodes: Option<Vec<crate::types::HyperNodes>>,
    /// The system image ID.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The key pair name.
    ///
    /// Wire name: `KeyPairName`.
    #[serde(rename = "KeyPairName", default, skip_serializing_if = "Option::is_none")]
    pub key_pair_name: Option<String>,
    /// The logon password.
    ///
    /// Wire name: `LoginPassword`.
    #[serde(rename = "LoginPassword", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
    /// The node group description.
    ///
    /// Wire name: `NodeGroupDescription`.
    #[serde(
        rename = "NodeGroupDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_group_description: Option<String>,
    /// The node group name.
    ///
    /// Wire name: `NodeGroupName`.
    #[serde(rename = "NodeGroupName", default, skip_serializing_if = "Option::is_none")]
    pub node_group_name: Option<String>,
    /// The list of nodes.
    ///
    /// Wire name: `Nodes`.
    #[serde(rename = "Nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<crate::types::Nodes>>,
    /// The RAM role name of the node. You can call the RAM API ListRoles to query the node RAM roles that you have created. The trusted entity of the specified role must be set to Lingjun AI Computing Service.
    /// Note: Clearing an existing role is not supported.
    ///
    /// Wire name: `RamRoleName`.
    #[serde(rename = "RamRoleName", default, skip_serializing_if = "Option::is_none")]
    pub ram_role_name: Option<String>,
    /// The system cloud disk information.
    ///
    /// Wire name: `SystemDisk`.
    #[serde(rename = "SystemDisk", default, skip_serializing_if = "Option::is_none")]
    pub system_disk: Option<crate::types::SystemDisk>,
    /// The custom executable shell script. The script must be Base64-encoded. The maximum size of the raw data is 16 KB.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// Specifies whether to enable GPU splitting.
    ///
    /// Wire name: `VirtualGpuEnabled`.
    #[serde(
        rename = "VirtualGpuEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_gpu_enabled: Option<bool>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl NodeGroups {
    /// Sets `FileSystemMountEnabled`: Specifies whether file system mounting is supported.
    pub fn with_file_system_mount_enabled(mut self, value: bool) -> Self {
        self.file_system_mount_enabled = Some(value);
        self
    }

    /// Sets `HyperNodes`: The list of hyper nodes.
    pub fn with_hyper_nodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::HyperNodes>>,
    ) -> Self {
        self.hyper_nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `ImageId`: The system image ID.
    pub fn with_image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }

    /// Sets `KeyPairName`: The key pair name.
    pub fn with_key_pair_name(mut self, value: impl Into<String>) -> Self {
        self.key_pair_name = Some(value.into());
        self
    }

    /// Sets `LoginPassword`: The logon password.
    pub fn with_login_password(mut self, value: impl Into<String>) -> Self {
        self.login_password = Some(value.into());
        self
    }

    /// Sets `MachineType`: The machine type.
    pub fn with_machine_type(mut self, value: impl Into<String>) -> Self {
        self.machine_type = Some(value.into());
        self
    }

    /// Sets `NodeGroupDescription`: The node group description.
    pub fn with_node_group_description(mut self, value: impl Into<String>) -> Self {
        self.node_group_description = Some(value.into());
        self
    }

    /// Sets `NodeGroupName`: The node group name.
    pub fn with_node_group_name(mut self, value: impl Into<String>) -> Self {
        self.node_group_name = Some(value.into());
        self
    }

    /// Sets `Nodes`: The list of nodes.
    pub fn with_nodes(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Nodes>>,
    ) -> Self {
        self.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `RamRoleName`: The RAM role name of the node. You can call the RAM API ListRoles to query the node RAM roles that you have created. The trusted entity of the specified role must be set to Lingjun AI Computing Service. Note: Clearing an existing role is not supported.
    pub fn with_ram_role_name(mut self, value: impl Into<String>) -> Self {
        self.ram_role_name = Some(value.into());
        self
    }

    /// Sets `SystemDisk`: The system cloud disk information.
    pub fn with_system_disk(
        mut self,
        value: impl Into<crate::types::SystemDisk>,
    ) -> Self {
        self.system_disk = Some(value.into());
        self
    }

    /// Sets `UserData`: The custom executable shell script. The script must be Base64-encoded. The maximum size of the raw data is 16 KB.
    pub fn with_user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Sets `VirtualGpuEnabled`: Specifies whether to enable GPU splitting.
    pub fn with_virtual_gpu_enabled(mut self, value: bool) -> Self {
        self.virtual_gpu_enabled = Some(value);
        self
    }

    /// Sets `ZoneId`: The zone ID.
    pub fn with_zone_id(mut self, value: impl Into<String>) -> Self {
        self.zone_id = Some(value.into());
        self
    }

    /// Specifies whether file system mounting is supported (`FileSystemMountEnabled`).
    pub fn file_system_mount_enabled(&self) -> Option<bool> {
        self.file_system_mount_enabled
    }

    /// The list of hyper nodes (`HyperNodes`).
    pub fn hyper_nodes(&self) -> &[crate::types::HyperNodes] {
        self.hyper_nodes.as_deref().unwrap_or_default()
    }

    /// The system image ID (`ImageId`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The key pair name (`KeyPairName`).
    pub fn key_pair_name(&self) -> Option<&str> {
        self.key_pair_name.as_deref()
    }

    /// The logon password (`LoginPassword`).
    pub fn login_password(&self) -> Option<&str> {
        self.login_password.as_deref()
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }

    /// The node group description (`NodeGroupDescription`).
    pub fn node_group_description(&self) -> Option<&str> {
        self.node_group_description.as_deref()
    }

    /// The node group name (`NodeGroupName`).
    pub fn node_group_name(&self) -> Option<&str> {
        self.node_group_name.as_deref()
    }

    /// The list of nodes (`Nodes`).
    pub fn nodes(&self) -> &[crate::types::Nodes] {
        self.nodes.as_deref().unwrap_or_default()
    }

    /// The RAM role name of the node. You can call the RAM API ListRoles to query the node RAM roles that you have created. The trusted entity of the specified role must be set to Lingjun AI Computing Service. Note: Clearing an existing role is not supported (`RamRoleName`).
    pub fn ram_role_name(&self) -> Option<&str> {
        self.ram_role_name.as_deref()
    }

    /// The system cloud disk information (`SystemDisk`).
    pub fn system_disk(&self) -> Option<&crate::types::SystemDisk> {
        self.system_disk.as_ref()
    }

    /// The custom executable shell script. The script must be Base64-encoded. The maximum size of the raw data is 16 KB (`UserData`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }

    /// `UserData` decoded from base64: `None` when absent, an error when it is not valid base64.
    pub fn user_data_decoded(&self) -> Option<Result<Vec<u8>, base64::DecodeError>> {
        use base64::Engine as _;
        Some(
            base64::engine::general_purpose::STANDARD.decode(self.user_data.as_deref()?),
        )
    }

    /// Specifies whether to enable GPU splitting (`VirtualGpuEnabled`).
    pub fn virtual_gpu_enabled(&self) -> Option<bool> {
        self.virtual_gpu_enabled
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

impl NodeGroups {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeGroups",
    description: sdk_shape::Text::en("The list of node groups."),
    members: &[
        sdk_shape::MemberShape {
            name: "FileSystemMountEnabled",
            flag: "file-system-mount-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether file system mounting is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HyperNodes",
            flag: "hyper-nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::hyper_nodes::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of hyper nodes."),
            list: true,
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
            name: "KeyPairName",
            flag: "key-pair-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The key pair name."),
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
            name: "MachineType",
            flag: "machine-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The machine type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupDescription",
            flag: "node-group-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupName",
            flag: "node-group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::nodes::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of nodes."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RamRoleName",
            flag: "ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The RAM role name of the node. You can call the RAM API ListRoles to query the node RAM roles that you have created. The trusted entity of the specified role must be set to Lingjun AI Computing Service.\nNote: Clearing an existing role is not supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SystemDisk",
            flag: "system-disk",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::system_disk::SHAPE),
            ),
            description: sdk_shape::Text::en("The system cloud disk information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom executable shell script. The script must be Base64-encoded. The maximum size of the raw data is 16 KB.",
            ),
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VirtualGpuEnabled",
            flag: "virtual-gpu-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable GPU splitting.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ZoneId",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
