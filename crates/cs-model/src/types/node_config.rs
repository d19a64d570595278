// @generated from spec/cs/2015-12-15/types/NodeConfig.json by `cargo xtask codegen`; do not edit.
//! The `NodeConfig` data type.

/// The node configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodeConfig {
    /// The Kubelet parameter settings.
    ///
    /// Wire name: `kubelet_configuration`.
    #[serde(
        rename = "kubelet_configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubelet_configuration: Option<crate::types::KubeletConfig>,
    /// The operating system configuration of the node.
    ///
    /// Wire name: `node_os_config`.
    #[serde(rename = "node_os_config", default, skip_serializing_if = "Option::is_none")]
    pub node_os_config: Option<crate::types::NodeOsConfig>,
}

impl NodeConfig {
    /// Sets `kubelet_configuration`: The Kubelet parameter settings.
    pub fn with_kubelet_configuration(
        mut self,
        value: impl Into<crate::types::KubeletConfig>,
    ) -> Self {
        self.kubelet_configuration = Some(value.into());
        self
    }

    /// Sets `node_os_config`: The operating system configuration of the node.
    pub fn with_node_os_config(
        mut self,
        value: impl Into<crate::types::NodeOsConfig>,
    ) -> Self {
        self.node_os_config = Some(value.into());
        self
    }

    /// The Kubelet parameter settings (`kubelet_configuration`).
    pub fn kubelet_configuration(&self) -> Option<&crate::types::KubeletConfig> {
        self.kubelet_configuration.as_ref()
    }

    /// The operating system configuration of the node (`node_os_config`).
    pub fn node_os_config(&self) -> Option<&crate::types::NodeOsConfig> {
        self.node_os_config.as_ref()
    }
}

impl NodeConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeConfig",
    description: sdk_shape::Text::en("The node configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "kubelet_configuration",
            flag: "kubelet-configuration",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubelet_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The Kubelet parameter settings."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_os_config",
            flag: "node-os-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_os_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The operating system configuration of the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
