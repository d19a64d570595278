// @generated from spec/cs/2015-12-15/types/CreateClusterNodePoolAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterNodePoolAutoRepairPolicy` data type.

/// The auto-repair policy for nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterNodePoolAutoRepairPolicy {
    /// Specifies whether manual approval is required for node repair.
    ///
    /// Wire name: `approval_required`.
    #[serde(
        rename = "approval_required",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub approval_required: Option<bool>,
    /// The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired at the same time. You can specify a number (such as 5, valid values: 1 to 100000) or a percentage (such as 10%, valid values: 1% to 100%). Default value on the backend: 1.
    ///
    /// Wire name: `max_parallel_repairing_nodes`.
    #[serde(
        rename = "max_parallel_repairing_nodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_parallel_repairing_nodes: Option<String>,
    /// The circuit breaker condition for auto-healing. When the number or percentage of faulty nodes exceeds this threshold, auto-healing enters the circuit breaker state and stops initiating new auto-healing repair actions. You can specify a number (such as 10, valid values: 1 to 100000) or a percentage (such as 20%, valid values: 1% to 100%). Default circuit breaker condition on the backend: 100%.
    ///
    /// Wire name: `max_unhealthy_nodes_threshold`.
    #[serde(
        rename = "max_unhealthy_nodes_threshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_unhealthy_nodes_threshold: Option<String>,
    /// Specifies whether to allow node restarts. This parameter takes effect only when `auto_repair` is set to `true`. Valid values:
    ///
    /// - `true`: allows node restarts.
    /// - `false`: does not allow node restarts.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `restart_node`.
    #[serde(rename = "restart_node", default, skip_serializing_if = "Option::is_none")]
    pub restart_node: Option<bool>,
}

impl CreateClusterNodePoolAutoRepairPolicy {
    /// Sets `approval_required`: Specifies whether manual approval is required for node repair.
    pub fn with_approval_required(mut self, value: bool) -> Self {
        self.approval_required = Some(value);
        self
    }

    /// Sets `max_parallel_repairing_nodes`: The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired at the same time. You can specify a number (such as 5, valid values: 1 to 100000) or a percentage (such as 10%, valid values: 1% to 100%). Default value on the backend: 1.
    pub fn with_max_parallel_repairing_nodes(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.max_parallel_repairing_nodes = Some(value.into());
        self
    }

    /// Sets `max_unhealthy_nodes_threshold`: The circuit breaker condition for auto-healing. When the number or percentage of faulty nodes exceeds this threshold, auto-healing enters the circuit breaker state and stops initiating new auto-healing repair actions. You can specify a number (such as 10, valid values: 1 to 100000) or a percentage (such as 20%, valid values: 1% to 100%). Default circuit breaker condition on the backend: 100%.
    pub fn with_max_unhealthy_nodes_threshold(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.max_unhealthy_nodes_threshold = Some(value.into());
        self
    }

    /// Sets `restart_node`: Specifies whether to allow node restarts. This parameter takes effect only when `auto_repair` is set to `true`. Valid values:.
    pub fn with_restart_node(mut self, value: bool) -> Self {
        self.restart_node = Some(value);
        self
    }

    /// Specifies whether manual approval is required for node repair (`approval_required`).
    pub fn approval_required(&self) -> Option<bool> {
        self.approval_required
    }

    /// The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired at the same time. You can specify a number (such as 5, valid values: 1 to 100000) or a percentage (such as 10%, valid values: 1% to 100%). Default value on the backend: 1 (`max_parallel_repairing_nodes`).
    pub fn max_parallel_repairing_nodes(&self) -> Option<&str> {
        self.max_parallel_repairing_nodes.as_deref()
    }

    /// The circuit breaker condition for auto-healing. When the number or percentage of faulty nodes exceeds this threshold, auto-healing enters the circuit breaker state and stops initiating new auto-healing repair actions. You can specify a number (such as 10, valid values: 1 to 100000) or a percentage (such as 20%, valid values: 1% to 100%). Default circuit breaker condition on the backend: 100% (`max_unhealthy_nodes_threshold`).
    pub fn max_unhealthy_nodes_threshold(&self) -> Option<&str> {
        self.max_unhealthy_nodes_threshold.as_deref()
    }

    /// Specifies whether to allow node restarts. This parameter takes effect only when `auto_repair` is set to `true`. Valid values: (`restart_node`).
    pub fn restart_node(&self) -> Option<bool> {
        self.restart_node
    }
}

impl CreateClusterNodePoolAutoRepairPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterNodePoolAutoRepairPolicy",
    description: sdk_shape::Text::en("The auto-repair policy for nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "approval_required",
            flag: "approval-required",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether manual approval is required for node repair.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_parallel_repairing_nodes",
            flag: "max-parallel-repairing-nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maximum number of parallel repairs. When a large number of abnormal nodes exist in the node pool, this parameter specifies the maximum number or percentage of nodes that can be repaired at the same time. You can specify a number (such as 5, valid values: 1 to 100000) or a percentage (such as 10%, valid values: 1% to 100%). Default value on the backend: 1.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_unhealthy_nodes_threshold",
            flag: "max-unhealthy-nodes-threshold",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The circuit breaker condition for auto-healing. When the number or percentage of faulty nodes exceeds this threshold, auto-healing enters the circuit breaker state and stops initiating new auto-healing repair actions. You can specify a number (such as 10, valid values: 1 to 100000) or a percentage (such as 20%, valid values: 1% to 100%). Default circuit breaker condition on the backend: 100%.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "restart_node",
            flag: "restart-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow node restarts. This parameter takes effect only when `auto_repair` is set to `true`. Valid values:\n\n- `true`: allows node restarts.\n- `false`: does not allow node restarts.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
