// @generated from spec/cs/2015-12-15/types/ReservedMemory.json by `cargo xtask codegen`; do not edit.
//! The `ReservedMemory` data type.

/// The memory reserved for NUMA nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ReservedMemory {
    /// The memory resources limit.
    ///
    /// Wire name: `limits`.
    #[serde(rename = "limits", default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<serde_json::Value>,
    /// The NUMA node.
    ///
    /// Wire name: `numaNode`.
    #[serde(rename = "numaNode", default, skip_serializing_if = "Option::is_none")]
    pub numa_node: Option<i64>,
}

impl ReservedMemory {
    /// Sets `limits`: The memory resources limit.
    pub fn with_limits(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.limits = Some(value.into());
        self
    }

    /// Sets `numaNode`: The NUMA node.
    pub fn with_numa_node(mut self, value: i64) -> Self {
        self.numa_node = Some(value);
        self
    }

    /// The memory resources limit (`limits`).
    pub fn limits(&self) -> Option<&serde_json::Value> {
        self.limits.as_ref()
    }

    /// The NUMA node (`numaNode`).
    pub fn numa_node(&self) -> Option<i64> {
        self.numa_node
    }
}

impl ReservedMemory {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ReservedMemory",
    description: sdk_shape::Text::en("The memory reserved for NUMA nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "limits",
            flag: "limits",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The memory resources limit."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "numaNode",
            flag: "numa-node",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The NUMA node."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
