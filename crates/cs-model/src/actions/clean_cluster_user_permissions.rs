// @generated from spec/cs/2015-12-15/actions/CleanClusterUserPermissions.json by `cargo xtask codegen`; do not edit.
//! The `CleanClusterUserPermissions` action:

/// Marker type tying the request and response of `CleanClusterUserPermissions` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanClusterUserPermissions;

impl sdk_shape::Action for CleanClusterUserPermissions {
    type Request = CleanClusterUserPermissionsRequest;
    type Response = CleanClusterUserPermissionsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CleanClusterUserPermissions`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CleanClusterUserPermissionsRequest {
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
    /// Specifies whether to force delete the specified KubeConfig. Valid values:
    ///
    /// - false (default): Before deleting the KubeConfig, the system checks whether there are cluster access records within the last seven days. If such records exist or cannot be found, the deletion is not allowed.
    /// - true: Force deletes the KubeConfig without checking cluster access records.
    ///
    /// Wire name: `Force`.
    #[serde(rename = "Force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// Response of `CleanClusterUserPermissions`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CleanClusterUserPermissionsResponse {}
impl CleanClusterUserPermissionsResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CleanClusterUserPermissions",
    command: "clean-cluster-user-permissions",
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
            name: "Uid",
            flag: "uid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Force",
            flag: "force",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to force delete the specified KubeConfig. Valid values:\n\n- false (default): Before deleting the KubeConfig, the system checks whether there are cluster access records within the last seven days. If such records exist or cannot be found, the deletion is not allowed.\n- true: Force deletes the KubeConfig without checking cluster access records.",
            ),
            location: sdk_shape::Location::Query,
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
            method: "DELETE",
            path: "/cluster/{ClusterId}/user/{Uid}/permissions",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
