// @generated from spec/cs/2015-12-15/types/CreateClusterAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterAutoRepairPolicy` data type.

/// The auto-repair policy for nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterAutoRepairPolicy {
    /// The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired simultaneously. You can specify a number (for example, 5, valid values: 1 to 100000) or a percentage (for example, 10%, valid values: 1% to 100%). Default value: 1.
    ///
    /// Default: `"1"`.
    ///
    /// Wire name: `max_parallel_repairing_nodes`.
    #[serde(
        rename = "max_parallel_repairing_nodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallel_repairing_nodes: Option<String>,
    /// The self-healing circuit breaker threshold. When the number or percentage of failed nodes exceeds this threshold, self-healing enters the circuit breaker state and stops initiating new self-healing repair actions. You can specify a number (for example, 10, valid values: 1 to 100000) or a percentage (for example, 20%, valid values: 1% to 100%). Default value: 100%.
    ///
    /// Default: `"100"`.
    ///
    /// Wire name: `max_unhealthy_nodes_threshold`.
    #[serde(
        rename = "max_unhealthy_nodes_threshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_unhealthy_nodes_threshold: Option<String>,
    /// Specifies whether to allow node restarts.
    ///
    /// Wire name: `restart_node`.
    #[serde(rename = "restart_node", default, skip_serializing_if = "Option::is_none")]
    pub restart_node: Option<bool>,
}

impl CreateClusterAutoRepairPolicy {
    /// Sets `max_parallel_repairing_nodes`: The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired simultaneously. You can specify a number (for example, 5, valid values: 1 to 100000) or a percentage (for example, 10%, valid values: 1% to 100%). Default value: 1.
    pub fn with_max_parallel_repairing_nodes(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.max_parallel_repairing_nodes = Some(value.into());
        self
    }

    /// Sets `max_unhealthy_nodes_threshold`: The self-healing circuit breaker threshold. When the number or percentage of failed nodes exceeds this threshold, self-healing enters the circuit breaker state and stops initiating new self-healing repair actions. You can specify a number (for example, 10, valid values: 1 to 100000) or a percentage (for example, 20%, valid values: 1% to 100%). Default value: 100%.
    pub fn with_max_unhealthy_nodes_threshold(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.max_unhealthy_nodes_threshold = Some(value.into());
        self
    }

    /// Sets `restart_node`: Specifies whether to allow node restarts.
    pub fn with_restart_node(mut self, value: bool) -> Self {
        self.restart_node = Some(value);
        self
    }

    /// The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired simultaneously. You can specify a number (for example, 5, valid values: 1 to 100000) or a percentage (for example, 10%, valid values: 1% to 100%). Default value: 1 (`max_parallel_repairing_nodes`).
    pub fn max_parallel_repairing_nodes(&self) -> Option<&str> {
        self.max_parallel_repairing_nodes.as_deref()
    }

    /// The self-healing circuit breaker threshold. When the number or percentage of failed nodes exceeds this threshold, self-healing enters the circuit breaker state and stops initiating new self-healing repair actions. You can specify a number (for example, 10, valid values: 1 to 100000) or a percentage (for example, 20%, valid values: 1% to 100%). Default value: 100% (`max_unhealthy_nodes_threshold`).
    pub fn max_unhealthy_nodes_threshold(&self) -> Option<&str> {
        self.max_unhealthy_nodes_threshold.as_deref()
    }

    /// Specifies whether to allow node restarts (`restart_node`).
    pub fn restart_node(&self) -> Option<bool> {
        self.restart_node
    }
}

impl CreateClusterAutoRepairPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterAutoRepairPolicy",
    description: sdk_shape::Text::en("The auto-repair policy for nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "max_parallel_repairing_nodes",
            flag: "max-parallel-repairing-nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired simultaneously. You can specify a number (for example, 5, valid values: 1 to 100000) or a percentage (for example, 10%, valid values: 1% to 100%). Default value: 1.",
            ),
            default: Some("\"1\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_unhealthy_nodes_threshold",
            flag: "max-unhealthy-nodes-threshold",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The self-healing circuit breaker threshold. When the number or percentage of failed nodes exceeds this threshold, self-healing enters the circuit breaker state and stops initiating new self-healing repair actions. You can specify a number (for example, 10, valid values: 1 to 100000) or a percentage (for example, 20%, valid values: 1% to 100%). Default value: 100%.",
            ),
            default: Some("\"100\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "restart_node",
            flag: "restart-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow node restarts.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
