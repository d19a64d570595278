// @generated from spec/cs/2015-12-15/actions/DescribeClusterNodePoolDetail.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterNodePoolDetail` action:

/// Marker type tying the request and response of `DescribeClusterNodePoolDetail` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterNodePoolDetail;

impl sdk_shape::Action for DescribeClusterNodePoolDetail {
    type Request = DescribeClusterNodePoolDetailRequest;
    type Response = DescribeClusterNodePoolDetailResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterNodePoolDetail`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterNodePoolDetailRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodepoolId`.
    #[serde(rename = "NodepoolId", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
}

/// Response of `DescribeClusterNodePoolDetail`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterNodePoolDetailResponse {
    /// The auto mode configuration.
    ///
    /// Wire name: `auto_mode`.
    #[serde(rename = "auto_mode", default, skip_serializing_if = "Option::is_none")]
    pub auto_mode: Option<crate::types::AutoMode>,
    /// The auto scaling configuration of the node pool.
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
    /// Specifies whether pods in the node pool use the host network mode. Valid values:
    ///
    /// - `true`: host network. Pods directly use the network stack of the host and share the IP address and ports with the host.
    /// - `false`: container network. Pods have independent network stacks and do not occupy host network ports.
    ///
    /// Wire name: `host_network`.
    #[serde(rename = "host_network", default, skip_serializing_if = "Option::is_none")]
    pub host_network: Option<bool>,
    /// **\[Deprecated\]** The network configuration related to the edge node pool. This parameter is valid only for node pools whose type is edge.
    ///
    /// Wire name: `interconnect_config`.
    #[serde(
        rename = "interconnect_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_config: Option<crate::types::InterconnectConfig>,
    /// The network type of the edge node pool. This parameter takes effect only when `type` is set to `edge`. Valid values:
    ///
    /// - `basic`: Internet. Nodes in cloud node pool interact with cloud nodes over the Internet. Applications in cloud node pool cannot directly access the internal network of the cloud VPC.
    /// - `private`: private network. Nodes in cloud node pool connect the cloud and on-premises networks through Express Connect circuits, VPNs, or CEN. This provides higher cloud-edge communication quality and more effective security protection.
    ///
    /// Wire name: `interconnect_mode`.
    #[serde(
        rename = "interconnect_mode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interconnect_mode: Option<String>,
    /// Specifies whether Layer 3 network connectivity is enabled among nodes in the edge node pool. Valid values:
    ///
    /// - `true`: enabled. Layer 3 network connectivity is enabled among all nodes in the node pool.
    /// - `false`: disabled. Layer 3 network connectivity is disabled among all hosts in the node pool.
    ///
    /// Wire name: `intranet`.
    #[serde(rename = "intranet", default, skip_serializing_if = "Option::is_none")]
    pub intranet: Option<bool>,
    /// The cluster-related configurations.
    ///
    /// Wire name: `kubernetes_config`.
    #[serde(
        rename = "kubernetes_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_config: Option<crate::types::KubernetesConfig>,
    /// The managed node pool configuration.
    ///
    /// Wire name: `management`.
    #[serde(rename = "management", default, skip_serializing_if = "Option::is_none")]
    pub management: Option<crate::types::Management>,
    /// **\[Deprecated\]** The maximum number of nodes that an edge node pool can accommodate.
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
        Vec<crate::types::DescribeClusterNodePoolDetailNodeComponents>,
    >,
    /// The node configuration.
    ///
    /// Wire name: `node_config`.
    #[serde(rename = "node_config", default, skip_serializing_if = "Option::is_none")]
    pub node_config: Option<crate::types::NodeConfig>,
    /// The node pool configuration.
    ///
    /// Wire name: `nodepool_info`.
    #[serde(rename = "nodepool_info", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_info: Option<crate::types::DescribeClusterNodePoolDetailNodepoolInfo>,
    /// The scaling group configurations of the node pool.
    ///
    /// Wire name: `scaling_group`.
    #[serde(rename = "scaling_group", default, skip_serializing_if = "Option::is_none")]
    pub scaling_group: Option<crate::types::DescribeClusterNodePoolDetailScalingGroup>,
    /// The status of the node pool.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::Status>,
    /// The TEE cluster configuration.
    ///
    /// Wire name: `tee_config`.
    #[serde(rename = "tee_config", default, skip_serializing_if = "Option::is_none")]
    pub tee_config: Option<crate::types::TeeConfig>,
}

impl DescribeClusterNodePoolDetailResponse {
    /// The auto mode configuration (`auto_mode`).
    pub fn auto_mode(&self) -> Option<&crate::types::AutoMode> {
        self.auto_mode.as_ref()
    }

    /// The auto scaling configuration of the node pool (`auto_scaling`).
    pub fn auto_scaling(&self) -> Option<&crate::types::AutoScaling> {
        self.auto_scaling.as_ref()
    }

    /// The Lingjun node group information (`eflo_node_group`).
    pub fn eflo_node_group(&self) -> Option<&crate::types::EfloNodeGroup> {
        self.eflo_node_group.as_ref()
    }

    /// Specifies whether pods in the node pool use the host network mode. Valid values: (`host_network`).
    pub fn host_network(&self) -> Option<bool> {
        self.host_network
    }

    /// **\[Deprecated\]** The network configuration related to the edge node pool. This parameter is valid only for node pools whose type is edge (`interconnect_config`).
    pub fn interconnect_config(&self) -> Option<&crate::types::InterconnectConfig> {
        self.interconnect_config.as_ref()
    }

    /// The network type of the edge node pool. This parameter takes effect only when `type` is set to `edge`. Valid values: (`interconnect_mode`).
    pub fn interconnect_mode(&self) -> Option<&str> {
        self.interconnect_mode.as_deref()
    }

    /// Specifies whether Layer 3 network connectivity is enabled among nodes in the edge node pool. Valid values: (`intranet`).
    pub fn intranet(&self) -> Option<bool> {
        self.intranet
    }

    /// The cluster-related configurations (`kubernetes_config`).
    pub fn kubernetes_config(&self) -> Option<&crate::types::KubernetesConfig> {
        self.kubernetes_config.as_ref()
    }

    /// The managed node pool configuration (`management`).
    pub fn management(&self) -> Option<&crate::types::Management> {
        self.management.as_ref()
    }

    /// **\[Deprecated\]** The maximum number of nodes that an edge node pool can accommodate (`max_nodes`).
    pub fn max_nodes(&self) -> Option<i64> {
        self.max_nodes
    }

    /// The list of node components (`node_components`).
    pub fn node_components(
        &self,
    ) -> &[crate::types::DescribeClusterNodePoolDetailNodeComponents] {
        self.node_components.as_deref().unwrap_or_default()
    }

    /// The node configuration (`node_config`).
    pub fn node_config(&self) -> Option<&crate::types::NodeConfig> {
        self.node_config.as_ref()
    }

    /// The node pool configuration (`nodepool_info`).
    pub fn nodepool_info(
        &self,
    ) -> Option<&crate::types::DescribeClusterNodePoolDetailNodepoolInfo> {
        self.nodepool_info.as_ref()
    }

    /// The scaling group configurations of the node pool (`scaling_group`).
    pub fn scaling_group(
        &self,
    ) -> Option<&crate::types::DescribeClusterNodePoolDetailScalingGroup> {
        self.scaling_group.as_ref()
    }

    /// The status of the node pool (`status`).
    pub fn status(&self) -> Option<&crate::types::Status> {
        self.status.as_ref()
    }

    /// The TEE cluster configuration (`tee_config`).
    pub fn tee_config(&self) -> Option<&crate::types::TeeConfig> {
        self.tee_config.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterNodePoolDetail",
    command: "describe-cluster-node-pool-detail",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodepoolId",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
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
            description: sdk_shape::Text::en(
                "The auto scaling configuration of the node pool.",
            ),
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
            name: "host_network",
            flag: "host-network",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether pods in the node pool use the host network mode. Valid values:\n\n- `true`: host network. Pods directly use the network stack of the host and share the IP address and ports with the host.\n- `false`: container network. Pods have independent network stacks and do not occupy host network ports.",
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
                "**\\[Deprecated\\]** The network configuration related to the edge node pool. This parameter is valid only for node pools whose type is edge.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "interconnect_mode",
            flag: "interconnect-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The network type of the edge node pool. This parameter takes effect only when `type` is set to `edge`. Valid values:\n\n- `basic`: Internet. Nodes in cloud node pool interact with cloud nodes over the Internet. Applications in cloud node pool cannot directly access the internal network of the cloud VPC.\n- `private`: private network. Nodes in cloud node pool connect the cloud and on-premises networks through Express Connect circuits, VPNs, or CEN. This provides higher cloud-edge communication quality and more effective security protection.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "intranet",
            flag: "intranet",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether Layer 3 network connectivity is enabled among nodes in the edge node pool. Valid values:\n\n- `true`: enabled. Layer 3 network connectivity is enabled among all nodes in the node pool.\n- `false`: disabled. Layer 3 network connectivity is disabled among all hosts in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_config",
            flag: "kubernetes-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubernetes_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The cluster-related configurations."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "management",
            flag: "management",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::management::SHAPE),
            ),
            description: sdk_shape::Text::en("The managed node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_nodes",
            flag: "max-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** The maximum number of nodes that an edge node pool can accommodate.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_components",
            flag: "node-components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_node_pool_detail_node_components::SHAPE,
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
                    &crate::types::describe_cluster_node_pool_detail_nodepool_info::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The node pool configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaling_group",
            flag: "scaling-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_node_pool_detail_scaling_group::SHAPE,
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
                sdk_shape::StructRef::to(&crate::types::status::SHAPE),
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
            description: sdk_shape::Text::en("The TEE cluster configuration."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
