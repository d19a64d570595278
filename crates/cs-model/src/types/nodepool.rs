// @generated from spec/cs/2015-12-15/types/Nodepool.json by `cargo xtask codegen`; do not edit.
//! The `Nodepool` data type.

/// The list of node pools.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Nodepool {
    /// The auto-scaling node pool configuration.
    ///
    /// Wire name: `auto_scaling`.
    #[serde(rename = "auto_scaling", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling: Option<crate::types::AutoScaling>,
    /// **\[Deprecated\]** Use `desired_size` instead.
    ///
    /// The number of nodes in the node pool.
    ///
    /// Wire name: `count`.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// **\[Deprecated\]**
    ///
    /// The configuration of the edge node pool.
    ///
    /// Wire name: `interconnect_config`.
    #[serde(
        rename = "interconnect_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_config: Option<crate::types::InterconnectConfig>,
    /// The network type of the edge node pool. This parameter is valid only for node pools whose `type` is `edge`. Valid values:
    ///
    /// - `basic`: Basic.
    /// - `private`: Dedicated. Supported in Kubernetes 1.22 and later.
    ///
    /// Wire name: `interconnect_mode`.
    #[serde(
        rename = "interconnect_mode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_mode: Option<String>,
    /// The cluster-related configuration.
    ///
    /// Wire name: `kubernetes_config`.
    #[serde(
        rename = "kubernetes_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_config: Option<crate::types::CreateClusterKubernetesConfig>,
    /// The managed node pool configuration.
    ///
    /// Wire name: `management`.
    #[serde(rename = "management", default, skip_serializing_if = "Option::is_none")]
    pub management: Option<crate::types::CreateClusterManagement>,
    /// The maximum number of nodes that the edge node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For Auto Scaling (ESS) node pools and default edge node pools, this value is 0.
    ///
    /// Wire name: `max_nodes`.
    #[serde(rename = "max_nodes", default, skip_serializing_if = "Option::is_none")]
    pub max_nodes: Option<i64>,
    /// The list of node components.
    ///
    /// Wire name: `node_components`.
    #[serde(
        rename = "node_components",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub node_components: Option<Vec<crate::types::NodeComponents>>,
    /// The node configuration.
    ///
    /// Wire name: `node_config`.
    #[serde(rename = "node_config", default, skip_serializing_if = "Option::is_none")]
    pub node_config: Option<crate::types::CreateClusterNodeConfig>,
    /// The node pool configuration.
    ///
    /// Wire name: `nodepool_info`.
    #[serde(rename = "nodepool_info", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_info: Option<crate::types::NodepoolInfo>,
    /// The scaling group configuration of the node pool.
    ///
    /// Wire name: `scaling_group`.
    #[serde(rename = "scaling_group", default, skip_serializing_if = "Option::is_none")]
    pub scaling_group: Option<crate::types::CreateClusterScalingGroup>,
    /// The confidential computing node pool configuration.
    ///
    /// Wire name: `tee_config`.
    #[serde(rename = "tee_config", default, skip_serializing_if = "Option::is_none")]
    pub tee_config: Option<crate::types::TeeConfig>,
}

impl Nodepool {
    /// Sets `auto_scaling`: The auto-scaling node pool configuration.
    pub fn with_auto_scaling(
        mut self,
        value: impl Into<crate::types::AutoScaling>,
    ) -> Self {
        self.auto_scaling = Some(value.into());
        self
    }

    /// Sets `count`: **\[Deprecated\]** Use `desired_size` instead.
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }

    /// Sets `interconnect_config`: **\[Deprecated\]**.
    pub fn with_interconnect_config(
        mut self,
        value: impl Into<crate::types::InterconnectConfig>,
    ) -> Self {
        self.interconnect_config = Some(value.into());
        self
    }

    /// Sets `interconnect_mode`: The network type of the edge node pool. This parameter is valid only for node pools whose `type` is `edge`. Valid values:.
    pub fn with_interconnect_mode(mut self, value: impl Into<String>) -> Self {
        self.interconnect_mode = Some(value.into());
        self
    }

    /// Sets `kubernetes_config`: The cluster-related configuration.
    pub fn with_kubernetes_config(
        mut self,
        value: impl Into<crate::types::CreateClusterKubernetesConfig>,
    ) -> Self {
        self.kubernetes_config = Some(value.into());
        self
    }

    /// Sets `management`: The managed node pool configuration.
    pub fn with_management(
        mut self,
        value: impl Into<crate::types::CreateClusterManagement>,
    ) -> Self {
        self.management = Some(value.into());
        self
    }

    /// Sets `max_nodes`: The maximum number of nodes that the edge node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For Auto Scaling (ESS) node pools and default edge node pools, this value is 0.
    pub fn with_max_nodes(mut self, value: i64) -> Self {
        self.max_nodes = Some(value);
        self
    }

    /// Sets `node_components`: The list of node components.
    pub fn with_node_components(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::NodeComponents>>,
    ) -> Self {
        self.node_components = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `node_config`: The node configuration.
    pub fn with_node_config(
        mut self,
        value: impl Into<crate::types::CreateClusterNodeConfig>,
    ) -> Self {
        self.node_config = Some(value.into());
        self
    }

    /// Sets `nodepool_info`: The node pool configuration.
    pub fn with_nodepool_info(
        mut self,
        value: impl Into<crate::types::NodepoolInfo>,
    ) -> Self {
        self.nodepool_info = Some(value.into());
        self
    }

    /// Sets `scaling_group`: The scaling group configuration of the node pool.
    pub fn with_scaling_group(
        mut self,
        value: impl Into<crate::types::CreateClusterScalingGroup>,
    ) -> Self {
        self.scaling_group = Some(value.into());
        self
    }

    /// Sets `tee_config`: The confidential computing node pool configuration.
    pub fn with_tee_config(mut self, value: impl Into<crate::types::TeeConfig>) -> Self {
        self.tee_config = Some(value.into());
        self
    }

    /// The auto-scaling node pool configuration (`auto_scaling`).
    pub fn auto_scaling(&self) -> Option<&crate::types::AutoScaling> {
        self.auto_scaling.as_ref()
    }

    /// **\[Deprecated\]** Use `desired_size` instead (`count`).
    pub fn count(&self) -> Option<i64> {
        self.count
    }

    /// **\[Deprecated\]** (`interconnect_config`).
    pub fn interconnect_config(&self) -> Option<&crate::types::InterconnectConfig> {
        self.interconnect_config.as_ref()
    }

    /// The network type of the edge node pool. This parameter is valid only for node pools whose `type` is `edge`. Valid values: (`interconnect_mode`).
    pub fn interconnect_mode(&self) -> Option<&str> {
        self.interconnect_mode.as_deref()
    }

    /// The cluster-related configuration (`kubernetes_config`).
    pub fn kubernetes_config(
        &self,
    ) -> Option<&crate::types::CreateClusterKubernetesConfig> {
        self.kubernetes_config.as_ref()
    }

    /// The managed node pool configuration (`management`).
    pub fn management(&self) -> Option<&crate::types::CreateClusterManagement> {
        self.management.as_ref()
    }

    /// The maximum number of nodes that the edge node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For Auto Scaling (ESS) node pools and default edge node pools, this value is 0 (`max_nodes`).
    pub fn max_nodes(&self) -> Option<i64> {
        self.max_nodes
    }

    /// The list of node components (`node_components`).
    pub fn node_components(&self) -> &[crate::types::NodeComponents] {
        self.node_components.as_deref().unwrap_or_default()
    }

    /// The node configuration (`node_config`).
    pub fn node_config(&self) -> Option<&crate::types::CreateClusterNodeConfig> {
        self.node_config.as_ref()
    }

    /// The node pool configuration (`nodepool_info`).
    pub fn nodepool_info(&self) -> Option<&crate::types::NodepoolInfo> {
        self.nodepool_info.as_ref()
    }

    /// The scaling group configuration of the node pool (`scaling_group`).
    pub fn scaling_group(&self) -> Option<&crate::types::CreateClusterScalingGroup> {
        self.scaling_group.as_ref()
    }

    /// The confidential computing node pool configuration (`tee_config`).
    pub fn tee_config(&self) -> Option<&crate::types::TeeConfig> {
        self.tee_config.as_ref()
    }
}

impl Nodepool {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Nodepool",
    description: sdk_shape::Text::en("The list of node pools."),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_scaling",
            flag: "auto-scaling",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_scaling::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The auto-scaling node pool configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "count",
            flag: "count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use `desired_size` instead.\n\nThe number of nodes in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_config",
            flag: "interconnect-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::interconnect_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]**\n\nThe configuration of the edge node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_mode",
            flag: "interconnect-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The network type of the edge node pool. This parameter is valid only for node pools whose `type` is `edge`. Valid values:\n\n- `basic`: Basic.\n- `private`: Dedicated. Supported in Kubernetes 1.22 and later.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_config",
            flag: "kubernetes-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_kubernetes_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The cluster-related configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "management",
            flag: "management",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::create_cluster_management::SHAPE),
            ),
            description: sdk_shape::Text::en("The managed node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_nodes",
            flag: "max-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of nodes that the edge node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For Auto Scaling (ESS) node pools and default edge node pools, this value is 0.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_components",
            flag: "node-components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_components::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node components."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_config",
            flag: "node-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_node_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The node configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_info",
            flag: "nodepool-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::nodepool_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_group",
            flag: "scaling-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_scaling_group::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The scaling group configuration of the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tee_config",
            flag: "tee-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tee_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The confidential computing node pool configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
