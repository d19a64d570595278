// @generated from spec/cs/2015-12-15/types/Nodepools.json by `cargo xtask codegen`; do not edit.
//! The `Nodepools` data type.

/// The list of node pools.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Nodepools {
    /// The auto mode configuration.
    ///
    /// Wire name: `auto_mode`.
    #[serde(rename = "auto_mode", default, skip_serializing_if = "Option::is_none")]
    pub auto_mode: Option<crate::types::AutoMode>,
    /// The auto scaling configuration.
    ///
    /// Wire name: `auto_scaling`.
    #[serde(rename = "auto_scaling", default, skip_serializing_if = "Option::is_none")]
    pub auto_scaling: Option<crate::types::AutoScaling>,
    /// The Lingjun node group information.
    ///
    /// Wire name: `eflo_node_group`.
    #[serde(
        rename = "eflo_node_group",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub eflo_node_group: Option<crate::types::EfloNodeGroup>,
    /// **\[Deprecated\]** The network configuration for the edge node pool. This parameter is valid only for node pools whose type is edge.
    ///
    /// Wire name: `interconnect_config`.
    #[serde(
        rename = "interconnect_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_config: Option<crate::types::InterconnectConfig>,
    /// The network type of the edge node pool. This parameter takes effect only when type is set to edge. Valid values:
    ///
    /// - `basic`: Internet. Nodes in cloud node pool interact with cloud nodes over the Internet. Applications in cloud node pool cannot directly access the internal network of the cloud VPC.
    /// - `private`: private network. Nodes in cloud node pool connect the cloud and on-premises networks through Express Connect circuits, VPNs, or CEN, which provides higher cloud-edge communication quality and more effective security protection.
    ///
    /// Wire name: `interconnect_mode`.
    #[serde(
        rename = "interconnect_mode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_mode: Option<String>,
    /// The cluster configuration.
    ///
    /// Wire name: `kubernetes_config`.
    #[serde(
        rename = "kubernetes_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_config: Option<crate::types::KubernetesConfig>,
    /// The managed node pool configuration. This configuration takes effect only in professional managed clusters.
    ///
    /// Wire name: `management`.
    #[serde(rename = "management", default, skip_serializing_if = "Option::is_none")]
    pub management: Option<crate::types::Management>,
    /// The maximum number of nodes that the node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For ESS node pools and default edge node pools, this value is 0.
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
    pub node_components: Option<
        Vec<crate::types::DescribeClusterNodePoolsNodeComponents>,
    >,
    /// The node configuration.
    ///
    /// Wire name: `node_config`.
    #[serde(rename = "node_config", default, skip_serializing_if = "Option::is_none")]
    pub node_config: Option<crate::types::NodeConfig>,
    /// The node pool information.
    ///
    /// Wire name: `nodepool_info`.
    #[serde(rename = "nodepool_info", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_info: Option<crate::types::DescribeClusterNodePoolsNodepoolInfo>,
    /// The scaling group configurations of the node pool.
    ///
    /// Wire name: `scaling_group`.
    #[serde(rename = "scaling_group", default, skip_serializing_if = "Option::is_none")]
    pub scaling_group: Option<crate::types::DescribeClusterNodePoolsScalingGroup>,
    /// The status of the node pool.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::DescribeClusterNodePoolsStatus>,
    /// The confidential computing configurations.
    ///
    /// Wire name: `tee_config`.
    #[serde(rename = "tee_config", default, skip_serializing_if = "Option::is_none")]
    pub tee_config: Option<crate::types::TeeConfig>,
}

impl Nodepools {
    /// The auto mode configuration (`auto_mode`).
    pub fn auto_mode(&self) -> Option<&crate::types::AutoMode> {
        self.auto_mode.as_ref()
    }

    /// The auto scaling configuration (`auto_scaling`).
    pub fn auto_scaling(&self) -> Option<&crate::types::AutoScaling> {
        self.auto_scaling.as_ref()
    }

    /// The Lingjun node group information (`eflo_node_group`).
    pub fn eflo_node_group(&self) -> Option<&crate::types::EfloNodeGroup> {
        self.eflo_node_group.as_ref()
    }

    /// **\[Deprecated\]** The network configuration for the edge node pool. This parameter is valid only for node pools whose type is edge (`interconnect_config`).
    pub fn interconnect_config(&self) -> Option<&crate::types::InterconnectConfig> {
        self.interconnect_config.as_ref()
    }

    /// The network type of the edge node pool. This parameter takes effect only when type is set to edge. Valid values: (`interconnect_mode`).
    pub fn interconnect_mode(&self) -> Option<&str> {
        self.interconnect_mode.as_deref()
    }

    /// The cluster configuration (`kubernetes_config`).
    pub fn kubernetes_config(&self) -> Option<&crate::types::KubernetesConfig> {
        self.kubernetes_config.as_ref()
    }

    /// The managed node pool configuration. This configuration takes effect only in professional managed clusters (`management`).
    pub fn management(&self) -> Option<&crate::types::Management> {
        self.management.as_ref()
    }

    /// The maximum number of nodes that the node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For ESS node pools and default edge node pools, this value is 0 (`max_nodes`).
    pub fn max_nodes(&self) -> Option<i64> {
        self.max_nodes
    }

    /// The list of node components (`node_components`).
    pub fn node_components(
        &self,
    ) -> &[crate::types::DescribeClusterNodePoolsNodeComponents] {
        self.node_components.as_deref().unwrap_or_default()
    }

    /// The node configuration (`node_config`).
    pub fn node_config(&self) -> Option<&crate::types::NodeConfig> {
        self.node_config.as_ref()
    }

    /// The node pool information (`nodepool_info`).
    pub fn nodepool_info(
        &self,
    ) -> Option<&crate::types::DescribeClusterNodePoolsNodepoolInfo> {
        self.nodepool_info.as_ref()
    }

    /// The scaling group configurations of the node pool (`scaling_group`).
    pub fn scaling_group(
        &self,
    ) -> Option<&crate::types::DescribeClusterNodePoolsScalingGroup> {
        self.scaling_group.as_ref()
    }

    /// The status of the node pool (`status`).
    pub fn status(&self) -> Option<&crate::types::DescribeClusterNodePoolsStatus> {
        self.status.as_ref()
    }

    /// The confidential computing configurations (`tee_config`).
    pub fn tee_config(&self) -> Option<&crate::types::TeeConfig> {
        self.tee_config.as_ref()
    }
}

impl Nodepools {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Nodepools",
    description: sdk_shape::Text::en("The list of node pools."),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_mode",
            flag: "auto-mode",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_mode::SHAPE),
            ),
            description: sdk_shape::Text::en("The auto mode configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_scaling",
            flag: "auto-scaling",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_scaling::SHAPE),
            ),
            description: sdk_shape::Text::en("The auto scaling configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "eflo_node_group",
            flag: "eflo-node-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::eflo_node_group::SHAPE),
            ),
            description: sdk_shape::Text::en("The Lingjun node group information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_config",
            flag: "interconnect-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::interconnect_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The network configuration for the edge node pool. This parameter is valid only for node pools whose type is edge.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_mode",
            flag: "interconnect-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The network type of the edge node pool. This parameter takes effect only when type is set to edge. Valid values:\n\n- `basic`: Internet. Nodes in cloud node pool interact with cloud nodes over the Internet. Applications in cloud node pool cannot directly access the internal network of the cloud VPC.\n- `private`: private network. Nodes in cloud node pool connect the cloud and on-premises networks through Express Connect circuits, VPNs, or CEN, which provides higher cloud-edge communication quality and more effective security protection.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_config",
            flag: "kubernetes-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubernetes_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "management",
            flag: "management",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::management::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The managed node pool configuration. This configuration takes effect only in professional managed clusters.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_nodes",
            flag: "max-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of nodes that the node pool can accommodate. The value must be greater than or equal to 0. A value of 0 indicates no additional limit, meaning the node pool is only limited by the maximum number of nodes that the entire cluster can accommodate. For edge node pools, this value is usually greater than 0. For ESS node pools and default edge node pools, this value is 0.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_components",
            flag: "node-components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_node_pools_node_components::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of node components."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_config",
            flag: "node-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The node configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_info",
            flag: "nodepool-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_node_pools_nodepool_info::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The node pool information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_group",
            flag: "scaling-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_node_pools_scaling_group::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The scaling group configurations of the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_node_pools_status::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The status of the node pool."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tee_config",
            flag: "tee-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tee_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The confidential computing configurations.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
