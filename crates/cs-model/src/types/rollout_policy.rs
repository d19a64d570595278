// @generated from spec/cs/2015-12-15/types/RolloutPolicy.json by `cargo xtask codegen`; do not edit.
//! The `RolloutPolicy` data type.

/// The rolling fix policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct RolloutPolicy {
    /// CVE fixes for nodes in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be fixed in parallel per batch.
    ///
    /// Valid values: 1 to the total number of nodes in the node pool.
    ///
    /// Wire name: `max_parallelism`.
    #[serde(
        rename = "max_parallelism",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallelism: Option<i64>,
}

impl RolloutPolicy {
    /// Sets `max_parallelism`: CVE fixes for nodes in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be fixed in parallel per batch.
    pub fn with_max_parallelism(mut self, value: i64) -> Self {
        self.max_parallelism = Some(value);
        self
    }

    /// CVE fixes for nodes in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be fixed in parallel per batch (`max_parallelism`).
    pub fn max_parallelism(&self) -> Option<i64> {
        self.max_parallelism
    }
}

impl RolloutPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RolloutPolicy",
    description: sdk_shape::Text::en("The rolling fix policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "max_parallelism",
            flag: "max-parallelism",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "CVE fixes for nodes in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be fixed in parallel per batch.\n\nValid values: 1 to the total number of nodes in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
