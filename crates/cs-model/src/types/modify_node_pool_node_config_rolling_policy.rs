// @generated from spec/cs/2015-12-15/types/ModifyNodePoolNodeConfigRollingPolicy.json by `cargo xtask codegen`; do not edit.
//! The `ModifyNodePoolNodeConfigRollingPolicy` data type.

/// The rolling update configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyNodePoolNodeConfigRollingPolicy {
    /// The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0, which indicates that the task fails if any node fails. If the value is greater than 0, the task fails and stops when the cumulative number of failed nodes exceeds this value.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `max_failed_nodes`.
    #[serde(
        rename = "max_failed_nodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_failed_nodes: Option<i64>,
    /// Node updates in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be updated in parallel per batch.
    ///
    /// Valid values: \[1,10\].
    ///
    /// Default value: 10.
    ///
    /// Default: `10`. Minimum: 1. Maximum: 10.
    ///
    /// Wire name: `max_parallelism`.
    #[serde(
        rename = "max_parallelism",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallelism: Option<i64>,
}

impl ModifyNodePoolNodeConfigRollingPolicy {
    /// Sets `max_failed_nodes`: The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0, which indicates that the task fails if any node fails. If the value is greater than 0, the task fails and stops when the cumulative number of failed nodes exceeds this value.
    pub fn with_max_failed_nodes(mut self, value: i64) -> Self {
        self.max_failed_nodes = Some(value);
        self
    }

    /// Sets `max_parallelism`: Node updates in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be updated in parallel per batch.
    pub fn with_max_parallelism(mut self, value: i64) -> Self {
        self.max_parallelism = Some(value);
        self
    }

    /// The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0, which indicates that the task fails if any node fails. If the value is greater than 0, the task fails and stops when the cumulative number of failed nodes exceeds this value (`max_failed_nodes`).
    pub fn max_failed_nodes(&self) -> Option<i64> {
        self.max_failed_nodes
    }

    /// Node updates in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be updated in parallel per batch (`max_parallelism`).
    pub fn max_parallelism(&self) -> Option<i64> {
        self.max_parallelism
    }
}

impl ModifyNodePoolNodeConfigRollingPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ModifyNodePoolNodeConfigRollingPolicy",
    description: sdk_shape::Text::en("The rolling update configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "max_failed_nodes",
            flag: "max-failed-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of nodes that are allowed to fail during the rolling update. Default value: 0, which indicates that the task fails if any node fails. If the value is greater than 0, the task fails and stops when the cumulative number of failed nodes exceeds this value.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_parallelism",
            flag: "max-parallelism",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "Node updates in the node pool are performed in batches. This parameter specifies the maximum number of nodes that can be updated in parallel per batch.\n\nValid values: \\[1,10\\].\n\nDefault value: 10.",
            ),
            default: Some("10"),
            minimum: Some(1i64),
            maximum: Some(10i64),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
