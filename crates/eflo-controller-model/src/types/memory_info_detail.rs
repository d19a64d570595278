// @generated from spec/eflo-controller/2022-12-15/types/MemoryInfoDetail.json by `cargo xtask codegen`; do not edit.
//! The `MemoryInfoDetail` data type.

/// The memory information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MemoryInfoDetail {
    /// The memory size, in GB.
    ///
    /// Wire name: `MemorySizeInGB`.
    #[serde(rename = "MemorySizeInGB", default, skip_serializing_if = "Option::is_none")]
    pub memory_size_in_gb: Option<i64>,
}

impl MemoryInfoDetail {
    /// The memory size, in GB (`MemorySizeInGB`).
    pub fn memory_size_in_gb(&self) -> Option<i64> {
        self.memory_size_in_gb
    }
}

impl MemoryInfoDetail {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "MemoryInfoDetail",
    description: sdk_shape::Text::en("The memory information."),
    members: &[
        sdk_shape::MemberShape {
            name: "MemorySizeInGB",
            flag: "memory-size-in-gb",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The memory size, in GB."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
