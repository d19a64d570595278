// @generated from spec/cs/2015-12-15/actions/DescribeClusterV2UserKubeconfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterV2UserKubeconfig` action:

/// Marker type tying the request and response of `DescribeClusterV2UserKubeconfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterV2UserKubeconfig;

impl sdk_shape::Action for DescribeClusterV2UserKubeconfig {
    type Request = DescribeClusterV2UserKubeconfigRequest;
    type Response = DescribeClusterV2UserKubeconfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterV2UserKubeconfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterV2UserKubeconfigRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to access the cluster over the internal network.
    ///
    /// Wire name: `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ip_address: Option<bool>,
    /// Wire name: `TemporaryDurationMinutes`.
    #[serde(
        rename = "TemporaryDurationMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub temporary_duration_minutes: Option<i64>,
}

/// Response of `DescribeClusterV2UserKubeconfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterV2UserKubeconfigResponse {
    /// The kubeconfig content.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
}

impl DescribeClusterV2UserKubeconfigResponse {
    /// The kubeconfig content (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterV2UserKubeconfig",
    command: "describe-cluster-v2-user-kubeconfig",
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
            name: "PrivateIpAddress",
            flag: "private-ip-address",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to access the cluster over the internal network.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TemporaryDurationMinutes",
            flag: "temporary-duration-minutes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The kubeconfig content."),
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
            path: "/api/v2/k8s/{ClusterId}/user_config",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
