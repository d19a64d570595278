// @generated from spec/cs/2015-12-15/types/CreateClusterInternalDnsConfig.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterInternalDnsConfig` data type.

/// The internal DNS configuration for the cluster. This parameter applies to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API Server. If the internal domain name access is not enabled, node-side system components access the API Server through the CLB IP address.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterInternalDnsConfig {
    /// The VPCs where the internal DNS records of the cluster take effect.
    ///
    /// Wire name: `bind_vpcs`.
    #[serde(rename = "bind_vpcs", default, skip_serializing_if = "Option::is_none")]
    pub bind_vpcs: Option<Vec<String>>,
}

impl CreateClusterInternalDnsConfig {
    /// Sets `bind_vpcs`: The VPCs where the internal DNS records of the cluster take effect.
    pub fn with_bind_vpcs(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.bind_vpcs = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The VPCs where the internal DNS records of the cluster take effect (`bind_vpcs`).
    pub fn bind_vpcs(&self) -> &[String] {
        self.bind_vpcs.as_deref().unwrap_or_default()
    }
}

impl CreateClusterInternalDnsConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterInternalDnsConfig",
    description: sdk_shape::Text::en(
        "The internal DNS configuration for the cluster. This parameter applies to ACK managed clusters. The internal domain name is used by node-side system components such as kubelet and kube-proxy to access the API Server. If the internal domain name access is not enabled, node-side system components access the API Server through the CLB IP address.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "bind_vpcs",
            flag: "bind-vpcs",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The VPCs where the internal DNS records of the cluster take effect.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
