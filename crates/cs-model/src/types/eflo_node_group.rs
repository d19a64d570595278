// @generated from spec/cs/2015-12-15/types/EfloNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `EfloNodeGroup` data type.

/// The Lingjun node pool configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct EfloNodeGroup {
    /// Specifies whether to enable automatic addition to the Lingjun node pool.
    ///
    /// Wire name: `auto_attach_enabled`.
    #[serde(
        rename = "auto_attach_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_attach_enabled: Option<bool>,
    /// The ID of the Lingjun cluster to associate when you create the Lingjun node pool.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The ID of the Lingjun group in the Lingjun cluster to associate when you create the Lingjun node pool.
    ///
    /// Wire name: `group_id`.
    #[serde(rename = "group_id", default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// The worker RAM role used by the Lingjun node pool.
    ///
    /// Wire name: `worker_ram_role_name`.
    #[serde(
        rename = "worker_ram_role_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_ram_role_name: Option<String>,
}

impl EfloNodeGroup {
    /// Sets `auto_attach_enabled`: Specifies whether to enable automatic addition to the Lingjun node pool.
    pub fn with_auto_attach_enabled(mut self, value: bool) -> Self {
        self.auto_attach_enabled = Some(value);
        self
    }

    /// Sets `cluster_id`: The ID of the Lingjun cluster to associate when you create the Lingjun node pool.
    pub fn with_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(value.into());
        self
    }

    /// Sets `group_id`: The ID of the Lingjun group in the Lingjun cluster to associate when you create the Lingjun node pool.
    pub fn with_group_id(mut self, value: impl Into<String>) -> Self {
        self.group_id = Some(value.into());
        self
    }

    /// Sets `worker_ram_role_name`: The worker RAM role used by the Lingjun node pool.
    pub fn with_worker_ram_role_name(mut self, value: impl Into<String>) -> Self {
        self.worker_ram_role_name = Some(value.into());
        self
    }

    /// Specifies whether to enable automatic addition to the Lingjun node pool (`auto_attach_enabled`).
    pub fn auto_attach_enabled(&self) -> Option<bool> {
        self.auto_attach_enabled
    }

    /// The ID of the Lingjun cluster to associate when you create the Lingjun node pool (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The ID of the Lingjun group in the Lingjun cluster to associate when you create the Lingjun node pool (`group_id`).
    pub fn group_id(&self) -> Option<&str> {
        self.group_id.as_deref()
    }

    /// The worker RAM role used by the Lingjun node pool (`worker_ram_role_name`).
    pub fn worker_ram_role_name(&self) -> Option<&str> {
        self.worker_ram_role_name.as_deref()
    }
}

impl EfloNodeGroup {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "EfloNodeGroup",
    description: sdk_shape::Text::en("The Lingjun node pool configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_attach_enabled",
            flag: "auto-attach-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable automatic addition to the Lingjun node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the Lingjun cluster to associate when you create the Lingjun node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "group_id",
            flag: "group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the Lingjun group in the Lingjun cluster to associate when you create the Lingjun node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_ram_role_name",
            flag: "worker-ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The worker RAM role used by the Lingjun node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
