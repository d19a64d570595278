// @generated from spec/cs/2015-12-15/types/WorkerDataDisks.json by `cargo xtask codegen`; do not edit.
//! The `WorkerDataDisks` data type.

/// **\[Deprecated\]** Use the data_disks parameter under scaling_group in nodepool instead for node pool configurations.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct WorkerDataDisks {
    /// The data cloud disk type.
    ///
    /// Required.
    ///
    /// Wire name: `category`.
    #[serde(rename = "category")]
    pub category: String,
    /// Specifies whether to encrypt data cloud disks. Valid values:
    ///
    /// - `true`: Encrypts data cloud disks.
    /// - `false`: Does not encrypt data cloud disks.
    ///
    /// Default value: `false`.
    ///
    /// Default: `"false"`.
    ///
    /// Wire name: `encrypted`.
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<String>,
    /// The performance level (PL) of node data cloud disks. This parameter takes effect only for [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    ///
    /// Wire name: `performance_level`.
    #[serde(
        rename = "performance_level",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performance_level: Option<String>,
    /// The data cloud disk size. Valid values: 40 to 32767. Unit: GiB.
    ///
    /// Required.
    ///
    /// Wire name: `size`.
    #[serde(rename = "size")]
    pub size: String,
}

impl WorkerDataDisks {
    /// A `WorkerDataDisks` with its required members `category`, `size`.
    pub fn new(category: impl Into<String>, size: impl Into<String>) -> Self {
        Self {
            category: category.into(),
            encrypted: None,
            performance_level: None,
            size: size.into(),
        }
    }

    /// Sets `encrypted`: Specifies whether to encrypt data cloud disks. Valid values:.
    pub fn with_encrypted(mut self, value: impl Into<String>) -> Self {
        self.encrypted = Some(value.into());
        self
    }

    /// Sets `performance_level`: The performance level (PL) of node data cloud disks. This parameter takes effect only for [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).
    pub fn with_performance_level(mut self, value: impl Into<String>) -> Self {
        self.performance_level = Some(value.into());
        self
    }

    /// The data cloud disk type (`category`).
    pub fn category(&self) -> &str {
        &self.category
    }

    /// Specifies whether to encrypt data cloud disks. Valid values: (`encrypted`).
    pub fn encrypted(&self) -> Option<&str> {
        self.encrypted.as_deref()
    }

    /// The performance level (PL) of node data cloud disks. This parameter takes effect only for [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html) (`performance_level`).
    pub fn performance_level(&self) -> Option<&str> {
        self.performance_level.as_deref()
    }

    /// The data cloud disk size. Valid values: 40 to 32767. Unit: GiB (`size`).
    pub fn size(&self) -> &str {
        &self.size
    }
}

impl WorkerDataDisks {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "WorkerDataDisks",
    description: sdk_shape::Text::en(
        "**\\[Deprecated\\]** Use the data_disks parameter under scaling_group in nodepool instead for node pool configurations.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The data cloud disk type."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "encrypted",
            flag: "encrypted",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether to encrypt data cloud disks. Valid values:\n\n- `true`: Encrypts data cloud disks.\n- `false`: Does not encrypt data cloud disks.\n\nDefault value: `false`.",
            ),
            default: Some("\"false\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "performance_level",
            flag: "performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The performance level (PL) of node data cloud disks. This parameter takes effect only for [ESSD cloud disks](https://help.aliyun.com/document_detail/122389.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The data cloud disk size. Valid values: 40 to 32767. Unit: GiB.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
