// @generated from spec/cs/2015-12-15/types/DescribeClusterDetailControlPlaneEndpointsConfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterDetailControlPlaneEndpointsConfig` data type.

/// The connection configuration of the cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterDetailControlPlaneEndpointsConfig {
    /// The internal DNS configuration of the cluster, applicable to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API server. If internal domain name access is not enabled, node-side system components access the API server by using the IP address of the Classic Load Balancer (CLB) instance.
    ///
    /// Wire name: `internal_dns_config`.
    #[serde(
        rename = "internal_dns_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub internal_dns_config: Option<crate::types::InternalDnsConfig>,
    /// The load balancing configuration for cluster access.
    ///
    /// Wire name: `load_balancers_config`.
    #[serde(
        rename = "load_balancers_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers_config: Option<
        Vec<crate::types::DescribeClusterDetailLoadBalancersConfig>,
    >,
}

impl DescribeClusterDetailControlPlaneEndpointsConfig {
    /// The internal DNS configuration of the cluster, applicable to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API server. If internal domain name access is not enabled, node-side system components access the API server by using the IP address of the Classic Load Balancer (CLB) instance (`internal_dns_config`).
    pub fn internal_dns_config(&self) -> Option<&crate::types::InternalDnsConfig> {
        self.internal_dns_config.as_ref()
    }

    /// The load balancing configuration for cluster access (`load_balancers_config`).
    pub fn load_balancers_config(
        &self,
    ) -> &[crate::types::DescribeClusterDetailLoadBalancersConfig] {
        self.load_balancers_config.as_deref().unwrap_or_default()
    }
}

impl DescribeClusterDetailControlPlaneEndpointsConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterDetailControlPlaneEndpointsConfig",
    description: sdk_shape::Text::en("The connection configuration of the cluster."),
    members: &[
        sdk_shape::MemberShape {
            name: "internal_dns_config",
            flag: "internal-dns-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::internal_dns_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The internal DNS configuration of the cluster, applicable to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API server. If internal domain name access is not enabled, node-side system components access the API server by using the IP address of the Classic Load Balancer (CLB) instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "load_balancers_config",
            flag: "load-balancers-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_cluster_detail_load_balancers_config::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en(
                "The load balancing configuration for cluster access.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
