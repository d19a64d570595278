// @generated from spec/eflo-controller/2022-12-15/types/UpdateNodeGroupSystemDisk.json by `cargo xtask codegen`; do not edit.
//! The `UpdateNodeGroupSystemDisk` data type.

/// The system cloud disk configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateNodeGroupSystemDisk {
    /// The performance level.
    ///
    /// Wire name: `PerformanceLevel`.
    #[serde(
        rename = "PerformanceLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub performance_level: Option<String>,
}

impl UpdateNodeGroupSystemDisk {
    /// Sets `PerformanceLevel`: The performance level.
    pub fn with_performance_level(mut self, value: impl Into<String>) -> Self {
        self.performance_level = Some(value.into());
        self
    }

    /// The performance level (`PerformanceLevel`).
    pub fn performance_level(&self) -> Option<&str> {
        self.performance_level.as_deref()
    }
}

impl UpdateNodeGroupSystemDisk {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "UpdateNodeGroupSystemDisk",
    description: sdk_shape::Text::en("The system cloud disk configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "PerformanceLevel",
            flag: "performance-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The performance level."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
