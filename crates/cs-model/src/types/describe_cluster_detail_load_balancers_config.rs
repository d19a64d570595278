// @generated from spec/cs/2015-12-15/types/DescribeClusterDetailLoadBalancersConfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterDetailLoadBalancersConfig` data type.

/// The load balancing configuration for cluster access.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterDetailLoadBalancersConfig {
    /// The endpoint.
    ///
    /// Wire name: `endpoint`.
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// The endpoint type.
    ///
    /// Wire name: `endpoint_type`.
    #[serde(rename = "endpoint_type", default, skip_serializing_if = "Option::is_none")]
    pub endpoint_type: Option<String>,
    /// The SLB instance associated with the endpoint.
    ///
    /// Wire name: `load_balancer_id`.
    #[serde(
        rename = "load_balancer_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_id: Option<String>,
}

impl DescribeClusterDetailLoadBalancersConfig {
    /// The endpoint (`endpoint`).
    pub fn endpoint(&self) -> Option<&str> {
        self.endpoint.as_deref()
    }

    /// The endpoint type (`endpoint_type`).
    pub fn endpoint_type(&self) -> Option<&str> {
        self.endpoint_type.as_deref()
    }

    /// The SLB instance associated with the endpoint (`load_balancer_id`).
    pub fn load_balancer_id(&self) -> Option<&str> {
        self.load_balancer_id.as_deref()
    }
}

impl DescribeClusterDetailLoadBalancersConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterDetailLoadBalancersConfig",
    description: sdk_shape::Text::en(
        "The load balancing configuration for cluster access.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "endpoint",
            flag: "endpoint",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The endpoint."),
            ..sdk_shape::MemberShape::BASE
        },
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
            description: sdk_shape::Text::en(
                "The SLB instance associated with the endpoint.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
