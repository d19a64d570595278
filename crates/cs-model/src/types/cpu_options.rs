// @generated from spec/cs/2015-12-15/types/CpuOptions.json by `cargo xtask codegen`; do not edit.
//! The `CpuOptions` data type.

/// The CPU-related configuration options.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct CpuOptions {
    /// Specifies whether to enable nested virtualization. Valid values: `disabled`: disables nested virtualization. `enabled`: enables nested virtualization.
    ///
    /// Wire name: `nested_virtualization`.
    #[serde(
        rename = "nested_virtualization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nested_virtualization: Option<String>,
}

impl CpuOptions {
    /// Sets `nested_virtualization`: Specifies whether to enable nested virtualization. Valid values: `disabled`: disables nested virtualization. `enabled`: enables nested virtualization.
    pub fn with_nested_virtualization(mut self, value: impl Into<String>) -> Self {
        self.nested_virtualization = Some(value.into());
        self
    }

    /// Specifies whether to enable nested virtualization. Valid values: `disabled`: disables nested virtualization. `enabled`: enables nested virtualization (`nested_virtualization`).
    pub fn nested_virtualization(&self) -> Option<&str> {
        self.nested_virtualization.as_deref()
    }
}

impl CpuOptions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CpuOptions",
    description: sdk_shape::Text::en("The CPU-related configuration options."),
    members: &[
        sdk_shape::MemberShape {
            name: "nested_virtualization",
            flag: "nested-virtualization",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether to enable nested virtualization. Valid values: `disabled`: disables nested virtualization. `enabled`: enables nested virtualization.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
