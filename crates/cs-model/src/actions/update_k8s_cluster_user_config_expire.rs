// @generated from spec/cs/2015-12-15/actions/UpdateK8sClusterUserConfigExpire.json by `cargo xtask codegen`; do not edit.
//! The `UpdateK8sClusterUserConfigExpire` action:

/// Marker type tying the request and response of `UpdateK8sClusterUserConfigExpire` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateK8sClusterUserConfigExpire;

impl sdk_shape::Action for UpdateK8sClusterUserConfigExpire {
    type Request = UpdateK8sClusterUserConfigExpireRequest;
    type Response = UpdateK8sClusterUserConfigExpireResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateK8sClusterUserConfigExpire`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateK8sClusterUserConfigExpireRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The custom expiration time. Unit: hours.
    ///
    /// Valid values: 1 to 876000, which is equivalent to a maximum of 100 years.
    ///
    /// Required.
    ///
    /// Wire name: `expire_hour`.
    #[serde(rename = "expire_hour", default, skip_serializing_if = "Option::is_none")]
    pub expire_hour: Option<i64>,
    /// The Resource Access Management (RAM) user ID.
    ///
    /// Required.
    ///
    /// Wire name: `user`.
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

/// Response of `UpdateK8sClusterUserConfigExpire`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateK8sClusterUserConfigExpireResponse {}
impl UpdateK8sClusterUserConfigExpireResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateK8sClusterUserConfigExpire",
    command: "update-k8s-cluster-user-config-expire",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
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
            name: "expire_hour",
            flag: "expire-hour",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The custom expiration time. Unit: hours.\n\nValid values: 1 to 876000, which is equivalent to a maximum of 100 years.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user",
            flag: "user",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Resource Access Management (RAM) user ID.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/k8s/{ClusterId}/user_config/expire",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
