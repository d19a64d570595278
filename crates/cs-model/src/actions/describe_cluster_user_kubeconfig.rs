// @generated from spec/cs/2015-12-15/actions/DescribeClusterUserKubeconfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterUserKubeconfig` action:

/// Marker type tying the request and response of `DescribeClusterUserKubeconfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterUserKubeconfig;

impl sdk_shape::Action for DescribeClusterUserKubeconfig {
    type Request = DescribeClusterUserKubeconfigRequest;
    type Response = DescribeClusterUserKubeconfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterUserKubeconfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterUserKubeconfigRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Specifies whether to retrieve the internal network connection configuration. Valid values:
    ///
    /// - `true`: Retrieves only the internal network connection credentials.
    /// - `false`: Retrieves only the public network connection credentials.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ip_address: Option<bool>,
    /// The validity period of the temporary kubeconfig file, in minutes. Valid values: 15 (15 minutes) to 4320 (3 days).
    ///
    /// > If you do not specify this parameter, the system automatically determines a longer validity period. You can determine the specific expiration time based on the value of the `expiration` field in the response.
    ///
    /// Wire name: `TemporaryDurationMinutes`.
    #[serde(
        rename = "TemporaryDurationMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub temporary_duration_minutes: Option<i64>,
}

/// Response of `DescribeClusterUserKubeconfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterUserKubeconfigResponse {
    /// The kubeconfig file of the cluster.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
    /// The expiration time of the kubeconfig file. The time is displayed in UTC and follows the RFC 3339 format.
    ///
    /// Wire name: `expiration`.
    #[serde(rename = "expiration", default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
}

impl DescribeClusterUserKubeconfigResponse {
    /// The kubeconfig file of the cluster (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }

    /// The expiration time of the kubeconfig file. The time is displayed in UTC and follows the RFC 3339 format (`expiration`).
    pub fn expiration(&self) -> Option<&str> {
        self.expiration.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterUserKubeconfig",
    command: "describe-cluster-user-kubeconfig",
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
                "Specifies whether to retrieve the internal network connection configuration. Valid values:\n\n- `true`: Retrieves only the internal network connection credentials.\n- `false`: Retrieves only the public network connection credentials.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TemporaryDurationMinutes",
            flag: "temporary-duration-minutes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The validity period of the temporary kubeconfig file, in minutes. Valid values: 15 (15 minutes) to 4320 (3 days).\n\n> If you do not specify this parameter, the system automatically determines a longer validity period. You can determine the specific expiration time based on the value of the `expiration` field in the response.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The kubeconfig file of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "expiration",
            flag: "expiration",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The expiration time of the kubeconfig file. The time is displayed in UTC and follows the RFC 3339 format.",
            ),
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
            path: "/k8s/{ClusterId}/user_config",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
