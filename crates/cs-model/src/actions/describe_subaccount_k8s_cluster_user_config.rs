// @generated from spec/cs/2015-12-15/actions/DescribeSubaccountK8sClusterUserConfig.json by `cargo xtask codegen`; do not edit.
//! The `DescribeSubaccountK8sClusterUserConfig` action:

/// Marker type tying the request and response of `DescribeSubaccountK8sClusterUserConfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeSubaccountK8sClusterUserConfig;

impl sdk_shape::Action for DescribeSubaccountK8sClusterUserConfig {
    type Request = DescribeSubaccountK8sClusterUserConfigRequest;
    type Response = DescribeSubaccountK8sClusterUserConfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeSubaccountK8sClusterUserConfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeSubaccountK8sClusterUserConfigRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `Uid`.
    #[serde(rename = "Uid", default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// Specifies whether the internal network connection configuration is obtained. Valid values:
    ///
    /// - `true`: Obtains only the KubeConfig credentials for the internal network connection.
    /// - `false`: Obtains only the KubeConfig credentials for the public network connection.
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
    /// The validity period of the temporary KubeConfig. Unit: minutes.
    ///
    /// Valid values: 15 to 4320, which indicates a maximum of 3 days.
    ///
    /// > If you do not specify this parameter, the system automatically determines a longer validity period. The specific expiration time is determined by the value of the returned expiration field.
    ///
    /// Wire name: `TemporaryDurationMinutes`.
    #[serde(
        rename = "TemporaryDurationMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub temporary_duration_minutes: Option<i64>,
}

/// Response of `DescribeSubaccountK8sClusterUserConfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeSubaccountK8sClusterUserConfigResponse {
    /// The KubeConfig of the cluster.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
    /// The expiration time of the KubeConfig. Format: UTC time in RFC 3339 format.
    ///
    /// Wire name: `expiration`.
    #[serde(rename = "expiration", default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<String>,
}

impl DescribeSubaccountK8sClusterUserConfigResponse {
    /// The KubeConfig of the cluster (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }

    /// The expiration time of the KubeConfig. Format: UTC time in RFC 3339 format (`expiration`).
    pub fn expiration(&self) -> Option<&str> {
        self.expiration.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeSubaccountK8sClusterUserConfig",
    command: "describe-subaccount-k8s-cluster-user-config",
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
            name: "Uid",
            flag: "uid",
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
                "Specifies whether the internal network connection configuration is obtained. Valid values:\n\n- `true`: Obtains only the KubeConfig credentials for the internal network connection.\n- `false`: Obtains only the KubeConfig credentials for the public network connection.\n\nDefault value: `false`.",
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
                "The validity period of the temporary KubeConfig. Unit: minutes.\n\nValid values: 15 to 4320, which indicates a maximum of 3 days.\n\n> If you do not specify this parameter, the system automatically determines a longer validity period. The specific expiration time is determined by the value of the returned expiration field.",
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
            description: sdk_shape::Text::en("The KubeConfig of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "expiration",
            flag: "expiration",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The expiration time of the KubeConfig. Format: UTC time in RFC 3339 format.",
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
            path: "/k8s/{ClusterId}/users/{Uid}/user_config",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
