// @generated from spec/cs/2015-12-15/types/ControlPlaneEndpointsConfig.json by `cargo xtask codegen`; do not edit.
//! The `ControlPlaneEndpointsConfig` data type.

/// The cluster endpoint configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ControlPlaneEndpointsConfig {
    /// The internal DNS configuration for the cluster. This parameter applies to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API Server. If the internal domain name access is not enabled, node-side system components access the API Server through the CLB IP address.
    ///
    /// Wire name: `internal_dns_config`.
    #[serde(
        rename = "internal_dns_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internal_dns_config: Option<crate::types::CreateClusterInternalDnsConfig>,
    /// The cluster endpoint configuration. When this parameter is specified, the endpoint_public_access and load_balancer_id parameters do not take effect. ACK supports only automatic creation of NLB instances. To specify a CLB or NLB instance, use load_balancers_config to specify the corresponding instance ID.
    ///
    /// Wire name: `load_balancers_config`.
    #[serde(
        rename = "load_balancers_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers_config: Option<Vec<crate::types::LoadBalancersConfig>>,
}

impl ControlPlaneEndpointsConfig {
    /// Sets `internal_dns_config`: The internal DNS configuration for the cluster. This parameter applies to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API Server. If the internal domain name access is not enabled, node-side system components access the API Server through the CLB IP address.
    pub fn with_internal_dns_config(
        mut self,
        value: impl Into<crate::types::CreateClusterInternalDnsConfig>,
    ) -> Self {
        self.internal_dns_config = Some(value.into());
        self
    }

    /// Sets `load_balancers_config`: The cluster endpoint configuration. When this parameter is specified, the endpoint_public_access and load_balancer_id parameters do not take effect. ACK supports only automatic creation of NLB instances. To specify a CLB or NLB instance, use load_balancers_config to specify the corresponding instance ID.
    pub fn with_load_balancers_config(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::LoadBalancersConfig>>,
    ) -> Self {
        self.load_balancers_config = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The internal DNS configuration for the cluster. This parameter applies to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API Server. If the internal domain name access is not enabled, node-side system components access the API Server through the CLB IP address (`internal_dns_config`).
    pub fn internal_dns_config(
        &self,
    ) -> Option<&crate::types::CreateClusterInternalDnsConfig> {
        self.internal_dns_config.as_ref()
    }

    /// The cluster endpoint configuration. When this parameter is specified, the endpoint_public_access and load_balancer_id parameters do not take effect. ACK supports only automatic creation of NLB instances. To specify a CLB or NLB instance, use load_balancers_config to specify the corresponding instance ID (`load_balancers_config`).
    pub fn load_balancers_config(&self) -> &[crate::types::LoadBalancersConfig] {
        self.load_balancers_config.as_deref().unwrap_or_default()
    }
}

impl ControlPlaneEndpointsConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ControlPlaneEndpointsConfig",
    description: sdk_shape::Text::en("The cluster endpoint configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "internal_dns_config",
            flag: "internal-dns-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_internal_dns_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The internal DNS configuration for the cluster. This parameter applies to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API Server. If the internal domain name access is not enabled, node-side system components access the API Server through the CLB IP address.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "load_balancers_config",
            flag: "load-balancers-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::load_balancers_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The cluster endpoint configuration. When this parameter is specified, the endpoint_public_access and load_balancer_id parameters do not take effect. ACK supports only automatic creation of NLB instances. To specify a CLB or NLB instance, use load_balancers_config to specify the corresponding instance ID.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
