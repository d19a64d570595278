// @generated from spec/eflo-controller/2022-12-15/types/NodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `NodeGroup` data type.

/// The node ID.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NodeGroup {
    /// The zone.
    ///
    /// Required.
    ///
    /// Wire name: `Az`.
    #[serde(rename = "Az")]
    pub az: String,
    /// Specifies whether file storage mounting is supported.
    ///
    /// Wire name: `FileSystemMountEnabled`.
    #[serde(
        rename = "FileSystemMountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_mount_enabled: Option<bool>,
    /// The image ID.
    ///
    /// Required.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId")]
    pub image_id: String,
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
    /// Required.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType")]
    pub machine_type: String,
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
    /// Required.
    ///
    /// Wire name: `NodeGroupName`.
    #[serde(rename = "NodeGroupName")]
    pub node_group_name: String,
    /// The RAM role name of the node. You can call the RAM API ListRoles to query the RAM roles you have created. The trusted entity of the role must be set to Lingjun AI Computing Service.
    ///
    /// > Note: Clearing an existing role is not currently supported.
    ///
    /// Wire name: `RamRoleName`.
    #[serde(rename = "RamRoleName", default, skip_serializing_if = "Option::is_none")]
    pub ram_role_name: Option<String>,
    /// The system disk configuration of the node.
    ///
    /// Wire name: `SystemDisk`.
    #[serde(rename = "SystemDisk", default, skip_serializing_if = "Option::is_none")]
    pub system_disk: Option<crate::types::SystemDisk>,
    /// A custom executable shell script that must be Base64-encoded. The maximum size of the raw data is 16 KB.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// Specifies whether GPU virtualization splitting is enabled.
    ///
    /// Wire name: `VirtualGpuEnabled`.
    #[serde(
        rename = "VirtualGpuEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub virtual_gpu_enabled: Option<bool>,
}

impl NodeGroup {
    /// A `NodeGroup` with its required members `Az`, `ImageId`, `MachineType`, `NodeGroupName`.
    pub fn new(
        az: impl Into<String>,
        image_id: impl Into<String>,
        machine_type: impl Into<String>,
        node_group_name: impl Into<String>,
    ) -> Self {
        Self {
            az: az.into(),
            file_system_mount_enabled: None,
            image_id: image_id.into(),
            key_pair_name: None,
            login_password: None,
            machine_type: machine_type.into(),
            node_group_description: None,
            node_group_name: node_group_name.into(),
            ram_role_name: None,
            system_disk: None,
            user_data: None,
            virtual_gpu_enabled: None,
        }
    }

    /// Sets `FileSystemMountEnabled`: Specifies whether file storage mounting is supported.
    pub fn with_file_system_mount_enabled(mut self, value: bool) -> Self {
        self.file_system_mount_enabled = Some(value);
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

    /// Sets `NodeGroupDescription`: The node group description.
    pub fn with_node_group_description(mut self, value: impl Into<String>) -> Self {
        self.node_group_description = Some(value.into());
        self
    }

    /// Sets `RamRoleName`: The RAM role name of the node. You can call the RAM API ListRoles to query the RAM roles you have created. The trusted entity of the role must be set to Lingjun AI Computing Service.
    pub fn with_ram_role_name(mut self, value: impl Into<String>) -> Self {
        self.ram_role_name = Some(value.into());
        self
    }

    /// Sets `SystemDisk`: The system disk configuration of the node.
    pub fn with_system_disk(
        mut self,
        value: impl Into<crate::types::SystemDisk>,
    ) -> Self {
        self.system_disk = Some(value.into());
        self
    }

    /// Sets `UserData`: A custom executable shell script that must be Base64-encoded. The maximum size of the raw data is 16 KB.
    pub fn with_user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Sets `VirtualGpuEnabled`: Specifies whether GPU virtualization splitting is enabled.
    pub fn with_virtual_gpu_enabled(mut self, value: bool) -> Self {
        self.virtual_gpu_enabled = Some(value);
        self
    }

    /// The zone (`Az`).
    pub fn az(&self) -> &str {
        &self.az
    }

    /// Specifies whether file storage mounting is supported (`FileSystemMountEnabled`).
    pub fn file_system_mount_enabled(&self) -> Option<bool> {
        self.file_system_mount_enabled
    }

    /// The image ID (`ImageId`).
    pub fn image_id(&self) -> &str {
        &self.image_id
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
    pub fn machine_type(&self) -> &str {
        &self.machine_type
    }

    /// The node group description (`NodeGroupDescription`).
    pub fn node_group_description(&self) -> Option<&str> {
        self.node_group_description.as_deref()
    }

    /// The node group name (`NodeGroupName`).
    pub fn node_group_name(&self) -> &str {
        &self.node_group_name
    }

    /// The RAM role name of the node. You can call the RAM API ListRoles to query the RAM roles you have created. The trusted entity of the role must be set to Lingjun AI Computing Service (`RamRoleName`).
    pub fn ram_role_name(&self) -> Option<&str> {
        self.ram_role_name.as_deref()
    }

    /// The system disk configuration of the node (`SystemDisk`).
    pub fn system_disk(&self) -> Option<&crate::types::SystemDisk> {
        self.system_disk.as_ref()
    }

    /// A custom executable shell script that must be Base64-encoded. The maximum size of the raw data is 16 KB (`UserData`).
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

    /// Specifies whether GPU virtualization splitting is enabled (`VirtualGpuEnabled`).
    pub fn virtual_gpu_enabled(&self) -> Option<bool> {
        self.virtual_gpu_enabled
    }
}

impl NodeGroup {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeGroup",
    description: sdk_shape::Text::en("The node ID."),
    members: &[
        sdk_shape::MemberShape {
            name: "Az",
            flag: "az",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FileSystemMountEnabled",
            flag: "file-system-mount-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether file storage mounting is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageId",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image ID."),
            required: true,
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
            required: true,
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
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RamRoleName",
            flag: "ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The RAM role name of the node. You can call the RAM API ListRoles to query the RAM roles you have created. The trusted entity of the role must be set to Lingjun AI Computing Service.\n\n> Note: Clearing an existing role is not currently supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SystemDisk",
            flag: "system-disk",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::system_disk::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The system disk configuration of the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A custom executable shell script that must be Base64-encoded. The maximum size of the raw data is 16 KB.",
            ),
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VirtualGpuEnabled",
            flag: "virtual-gpu-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether GPU virtualization splitting is enabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
