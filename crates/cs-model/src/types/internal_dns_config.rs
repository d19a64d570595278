// @generated from spec/cs/2015-12-15/types/InternalDnsConfig.json by `cargo xtask codegen`; do not edit.
//! The `InternalDnsConfig` data type.

/// The internal DNS configuration of the cluster, applicable to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API server. If internal domain name access is not enabled, node-side system components access the API server by using the IP address of the Classic Load Balancer (CLB) instance.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InternalDnsConfig {
    /// The VPC scope where the internal DNS records of the cluster take effect. By default, this includes the VPC where the cluster is deployed.
    ///
    /// Wire name: `bind_vpcs`.
    #[serde(rename = "bind_vpcs", default, skip_serializing_if = "Option::is_none")]
    pub bind_vpcs: Option<Vec<String>>,
    /// Indicates whether internal DNS access is enabled for the cluster. Valid values:
    ///
    /// - true: Internal DNS access is enabled. Node-side components such as kubelet and kube-proxy access the API server by using the internal domain name.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl InternalDnsConfig {
    /// Sets `bind_vpcs`: The VPC scope where the internal DNS records of the cluster take effect. By default, this includes the VPC where the cluster is deployed.
    pub fn with_bind_vpcs(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.bind_vpcs = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `enabled`: Indicates whether internal DNS access is enabled for the cluster. Valid values:.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// The VPC scope where the internal DNS records of the cluster take effect. By default, this includes the VPC where the cluster is deployed (`bind_vpcs`).
    pub fn bind_vpcs(&self) -> &[String] {
        self.bind_vpcs.as_deref().unwrap_or_default()
    }

    /// Indicates whether internal DNS access is enabled for the cluster. Valid values: (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }
}

impl InternalDnsConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "InternalDnsConfig",
    description: sdk_shape::Text::en(
        "The internal DNS configuration of the cluster, applicable to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API server. If internal domain name access is not enabled, node-side system components access the API server by using the IP address of the Classic Load Balancer (CLB) instance.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "bind_vpcs",
            flag: "bind-vpcs",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The VPC scope where the internal DNS records of the cluster take effect. By default, this includes the VPC where the cluster is deployed.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether internal DNS access is enabled for the cluster. Valid values:\n\n- true: Internal DNS access is enabled. Node-side components such as kubelet and kube-proxy access the API server by using the internal domain name.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
