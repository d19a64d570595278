// @generated from spec/cs/2015-12-15/types/UpgradeClusterRollingPolicy.json by `cargo xtask codegen`; do not edit.
//! The `UpgradeClusterRollingPolicy` data type.

/// The rolling update configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpgradeClusterRollingPolicy {
    /// The maximum number of worker nodes that can be upgraded in parallel per batch.
    ///
    /// During the worker node upgrade process, nodes are upgraded in sequence based on the specified maximum parallelism. The number of nodes upgraded in each batch increases in the sequence of 1, 2, 4, 8, and so on, until the maximum parallelism is reached. After the maximum parallelism is reached, each subsequent batch upgrades the maximum number of nodes in parallel.
    ///
    /// Wire name: `max_parallelism`.
    #[serde(
        rename = "max_parallelism",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallelism: Option<i64>,
}

impl UpgradeClusterRollingPolicy {
    /// Sets `max_parallelism`: The maximum number of worker nodes that can be upgraded in parallel per batch.
    pub fn with_max_parallelism(mut self, value: i64) -> Self {
        self.max_parallelism = Some(value);
        self
    }

    /// The maximum number of worker nodes that can be upgraded in parallel per batch (`max_parallelism`).
    pub fn max_parallelism(&self) -> Option<i64> {
        self.max_parallelism
    }
}

impl UpgradeClusterRollingPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "UpgradeClusterRollingPolicy",
    description: sdk_shape::Text::en("The rolling update configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "max_parallelism",
            flag: "max-parallelism",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of worker nodes that can be upgraded in parallel per batch.\n\nDuring the worker node upgrade process, nodes are upgraded in sequence based on the specified maximum parallelism. The number of nodes upgraded in each batch increases in the sequence of 1, 2, 4, 8, and so on, until the maximum parallelism is reached. After the maximum parallelism is reached, each subsequent batch upgrades the maximum number of nodes in parallel.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
