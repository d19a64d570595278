// @generated from spec/cs/2015-12-15/types/CreateClusterNodeConfig.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterNodeConfig` data type.

/// The node configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterNodeConfig {
    /// The Kubelet parameter settings.
    ///
    /// Wire name: `kubelet_configuration`.
    #[serde(
        rename = "kubelet_configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubelet_configuration: Option<crate::types::KubeletConfig>,
}

impl CreateClusterNodeConfig {
    /// Sets `kubelet_configuration`: The Kubelet parameter settings.
    pub fn with_kubelet_configuration(
        mut self,
        value: impl Into<crate::types::KubeletConfig>,
    ) -> Self {
        self.kubelet_configuration = Some(value.into());
        self
    }

    /// The Kubelet parameter settings (`kubelet_configuration`).
    pub fn kubelet_configuration(&self) -> Option<&crate::types::KubeletConfig> {
        self.kubelet_configuration.as_ref()
    }
}

impl CreateClusterNodeConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterNodeConfig",
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
    ],
    rules: &[],
};
