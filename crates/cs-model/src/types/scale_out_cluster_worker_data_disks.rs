// @generated from spec/cs/2015-12-15/types/ScaleOutClusterWorkerDataDisks.json by `cargo xtask codegen`; do not edit.
//! The `ScaleOutClusterWorkerDataDisks` data type.

/// ScaleOutClusterWorkerDataDisks
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ScaleOutClusterWorkerDataDisks {
    /// Wire name: `auto_snapshot_policy_id`.
    #[serde(
        rename = "auto_snapshot_policy_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_snapshot_policy_id: Option<String>,
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Wire name: `encrypted`.
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<String>,
    /// Wire name: `size`.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
}

impl ScaleOutClusterWorkerDataDisks {
    /// Sets `auto_snapshot_policy_id`: .
    pub fn with_auto_snapshot_policy_id(mut self, value: impl Into<String>) -> Self {
        self.auto_snapshot_policy_id = Some(value.into());
        self
    }

    /// Sets `category`: .
    pub fn with_category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Sets `encrypted`: .
    pub fn with_encrypted(mut self, value: impl Into<String>) -> Self {
        self.encrypted = Some(value.into());
        self
    }

    /// Sets `size`: .
    pub fn with_size(mut self, value: impl Into<String>) -> Self {
        self.size = Some(value.into());
        self
    }

    /// (`auto_snapshot_policy_id`).
    pub fn auto_snapshot_policy_id(&self) -> Option<&str> {
        self.auto_snapshot_policy_id.as_deref()
    }

    /// (`category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// (`encrypted`).
    pub fn encrypted(&self) -> Option<&str> {
        self.encrypted.as_deref()
    }

    /// (`size`).
    pub fn size(&self) -> Option<&str> {
        self.size.as_deref()
    }
}

impl ScaleOutClusterWorkerDataDisks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ScaleOutClusterWorkerDataDisks",
    description: sdk_shape::Text::en("ScaleOutClusterWorkerDataDisks"),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_snapshot_policy_id",
            flag: "auto-snapshot-policy-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "encrypted",
            flag: "encrypted",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
