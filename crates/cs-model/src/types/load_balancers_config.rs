// @generated from spec/cs/2015-12-15/types/LoadBalancersConfig.json by `cargo xtask codegen`; do not edit.
//! The `LoadBalancersConfig` data type.

/// The cluster endpoint configuration. When this parameter is specified, the endpoint_public_access and load_balancer_id parameters do not take effect. ACK supports only automatic creation of NLB instances. To specify a CLB or NLB instance, use load_balancers_config to specify the corresponding instance ID.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct LoadBalancersConfig {
    /// The endpoint type.
    ///
    /// Wire name: `endpoint_type`.
    #[serde(rename = "endpoint_type", default, skip_serializing_if = "Option::is_none")]
    pub endpoint_type: Option<String>,
    /// The NLB instance ID.
    ///
    /// Wire name: `load_balancer_id`.
    #[serde(
        rename = "load_balancer_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_id: Option<String>,
}

impl LoadBalancersConfig {
    /// Sets `endpoint_type`: The endpoint type.
    pub fn with_endpoint_type(mut self, value: impl Into<String>) -> Self {
        self.endpoint_type = Some(value.into());
        self
    }

    /// Sets `load_balancer_id`: The NLB instance ID.
    pub fn with_load_balancer_id(mut self, value: impl Into<String>) -> Self {
        self.load_balancer_id = Some(value.into());
        self
    }

    /// The endpoint type (`endpoint_type`).
    pub fn endpoint_type(&self) -> Option<&str> {
        self.endpoint_type.as_deref()
    }

    /// The NLB instance ID (`load_balancer_id`).
    pub fn load_balancer_id(&self) -> Option<&str> {
        self.load_balancer_id.as_deref()
    }
}

impl LoadBalancersConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "LoadBalancersConfig",
    description: sdk_shape::Text::en(
        "The cluster endpoint configuration. When this parameter is specified, the endpoint_public_access and load_balancer_id parameters do not take effect. ACK supports only automatic creation of NLB instances. To specify a CLB or NLB instance, use load_balancers_config to specify the corresponding instance ID.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "endpoint_type",
            flag: "endpoint-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The endpoint type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "load_balancer_id",
            flag: "load-balancer-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The NLB instance ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
