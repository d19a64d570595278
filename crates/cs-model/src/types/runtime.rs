// @generated from spec/cs/2015-12-15/types/Runtime.json by `cargo xtask codegen`; do not edit.
//! The `Runtime` data type.

/// The container runtime.
///
/// > This parameter is not supported if nodepool_id is specified.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Runtime {
    /// Specifies the container runtime. Valid values:
    ///
    /// - `containerd`: Recommended. Supported in version 1.20 and later.
    /// - `Sandboxed-Container.runv`: Sandboxed container that provides higher isolation. Supported in version 1.16 and later.
    /// - `docker`: Supported in clusters of version 1.22 and earlier.
    ///
    /// Default value: `containerd`.
    ///
    /// Default: `"containerd"`.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The container runtime version. By default, the latest version is used. For more information about the release notes, see [Container runtime release notes](https://help.aliyun.com/document_detail/207829.html).
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Runtime {
    /// Sets `name`: Specifies the container runtime. Valid values:.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `version`: The container runtime version. By default, the latest version is used. For more information about the release notes, see [Container runtime release notes](https://help.aliyun.com/document_detail/207829.html).
    pub fn with_version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }

    /// Specifies the container runtime. Valid values: (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The container runtime version. By default, the latest version is used. For more information about the release notes, see [Container runtime release notes](https://help.aliyun.com/document_detail/207829.html) (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl Runtime {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Runtime",
    description: sdk_shape::Text::en(
        "The container runtime.\n\n> This parameter is not supported if nodepool_id is specified.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies the container runtime. Valid values:\n\n- `containerd`: Recommended. Supported in version 1.20 and later.\n- `Sandboxed-Container.runv`: Sandboxed container that provides higher isolation. Supported in version 1.16 and later.\n- `docker`: Supported in clusters of version 1.22 and earlier.\n\nDefault value: `containerd`.",
            ),
            default: Some("\"containerd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The container runtime version. By default, the latest version is used. For more information about the release notes, see [Container runtime release notes](https://help.aliyun.com/document_detail/207829.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
