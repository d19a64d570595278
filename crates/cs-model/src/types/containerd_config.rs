// @generated from spec/cs/2015-12-15/types/ContainerdConfig.json by `cargo xtask codegen`; do not edit.
//! The `ContainerdConfig` data type.

/// The containerd runtime configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ContainerdConfig {
    /// Whether to ignore volumes defined in the image.
    ///
    /// Wire name: `ignoreImageDefinedVolume`.
    #[serde(
        rename = "ignoreImageDefinedVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignore_image_defined_volume: Option<bool>,
    /// A list of insecure registries that skip TLS certificate verification.
    ///
    /// Wire name: `insecureRegistries`.
    #[serde(
        rename = "insecureRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub insecure_registries: Option<Vec<String>>,
    /// Maximum core dump size in bytes.
    ///
    /// Wire name: `limitCore`.
    #[serde(rename = "limitCore", default, skip_serializing_if = "Option::is_none")]
    pub limit_core: Option<i64>,
    /// Maximum locked memory in bytes.
    ///
    /// Wire name: `limitMemLock`.
    #[serde(rename = "limitMemLock", default, skip_serializing_if = "Option::is_none")]
    pub limit_mem_lock: Option<i64>,
    /// Maximum number of open file handles.
    ///
    /// Wire name: `limitNoFile`.
    #[serde(rename = "limitNoFile", default, skip_serializing_if = "Option::is_none")]
    pub limit_no_file: Option<i64>,
    /// The maximum number of concurrent image layer downloads.
    ///
    /// Wire name: `maxConcurrentDownloads`.
    #[serde(
        rename = "maxConcurrentDownloads",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_concurrent_downloads: Option<i64>,
    /// A list of registry mirrors to accelerate image pulls.
    ///
    /// Wire name: `registryMirrors`.
    #[serde(
        rename = "registryMirrors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registry_mirrors: Option<Vec<String>>,
}

impl ContainerdConfig {
    /// Sets `ignoreImageDefinedVolume`: Whether to ignore volumes defined in the image.
    pub fn with_ignore_image_defined_volume(mut self, value: bool) -> Self {
        self.ignore_image_defined_volume = Some(value);
        self
    }

    /// Sets `insecureRegistries`: A list of insecure registries that skip TLS certificate verification.
    pub fn with_insecure_registries(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.insecure_registries = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `limitCore`: Maximum core dump size in bytes.
    pub fn with_limit_core(mut self, value: i64) -> Self {
        self.limit_core = Some(value);
        self
    }

    /// Sets `limitMemLock`: Maximum locked memory in bytes.
    pub fn with_limit_mem_lock(mut self, value: i64) -> Self {
        self.limit_mem_lock = Some(value);
        self
    }

    /// Sets `limitNoFile`: Maximum number of open file handles.
    pub fn with_limit_no_file(mut self, value: i64) -> Self {
        self.limit_no_file = Some(value);
        self
    }

    /// Sets `maxConcurrentDownloads`: The maximum number of concurrent image layer downloads.
    pub fn with_max_concurrent_downloads(mut self, value: i64) -> Self {
        self.max_concurrent_downloads = Some(value);
        self
    }

    /// Sets `registryMirrors`: A list of registry mirrors to accelerate image pulls.
    pub fn with_registry_mirrors(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.registry_mirrors = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Whether to ignore volumes defined in the image (`ignoreImageDefinedVolume`).
    pub fn ignore_image_defined_volume(&self) -> Option<bool> {
        self.ignore_image_defined_volume
    }

    /// A list of insecure registries that skip TLS certificate verification (`insecureRegistries`).
    pub fn insecure_registries(&self) -> &[String] {
        self.insecure_registries.as_deref().unwrap_or_default()
    }

    /// Maximum core dump size in bytes (`limitCore`).
    pub fn limit_core(&self) -> Option<i64> {
        self.limit_core
    }

    /// Maximum locked memory in bytes (`limitMemLock`).
    pub fn limit_mem_lock(&self) -> Option<i64> {
        self.limit_mem_lock
    }

    /// Maximum number of open file handles (`limitNoFile`).
    pub fn limit_no_file(&self) -> Option<i64> {
        self.limit_no_file
    }

    /// The maximum number of concurrent image layer downloads (`maxConcurrentDownloads`).
    pub fn max_concurrent_downloads(&self) -> Option<i64> {
        self.max_concurrent_downloads
    }

    /// A list of registry mirrors to accelerate image pulls (`registryMirrors`).
    pub fn registry_mirrors(&self) -> &[String] {
        self.registry_mirrors.as_deref().unwrap_or_default()
    }
}

impl ContainerdConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ContainerdConfig",
    description: sdk_shape::Text::en("The containerd runtime configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "ignoreImageDefinedVolume",
            flag: "ignore-image-defined-volume",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Whether to ignore volumes defined in the image.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "insecureRegistries",
            flag: "insecure-registries",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A list of insecure registries that skip TLS certificate verification.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "limitCore",
            flag: "limit-core",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("Maximum core dump size in bytes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "limitMemLock",
            flag: "limit-mem-lock",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("Maximum locked memory in bytes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "limitNoFile",
            flag: "limit-no-file",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("Maximum number of open file handles."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maxConcurrentDownloads",
            flag: "max-concurrent-downloads",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of concurrent image layer downloads.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "registryMirrors",
            flag: "registry-mirrors",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A list of registry mirrors to accelerate image pulls.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
