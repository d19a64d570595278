// @generated from spec/cs/2015-12-15/actions/CleanUserPermissions.json by `cargo xtask codegen`; do not edit.
//! The `CleanUserPermissions` action:

/// Marker type tying the request and response of `CleanUserPermissions` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CleanUserPermissions;

impl sdk_shape::Action for CleanUserPermissions {
    type Request = CleanUserPermissionsRequest;
    type Response = CleanUserPermissionsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CleanUserPermissions`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CleanUserPermissionsRequest {
    /// Required.
    ///
    /// Wire name: `Uid`.
    #[serde(rename = "Uid", default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// The list of cluster IDs. If you specify this list, only the KubeConfig credentials and RBAC permissions of the specified user in the listed clusters are cleared.
    ///
    /// Wire name: `ClusterIds`.
    #[serde(rename = "ClusterIds", default, skip_serializing_if = "Option::is_none")]
    pub cluster_ids: Option<Vec<String>>,
    /// Specifies whether to force delete the specified KubeConfig. Valid values:
    ///
    /// - false (default): Checks whether there are cluster access records within the last seven days before deleting the KubeConfig. If such records exist or cannot be found, the deletion is not allowed.
    /// - true: Force deletes the KubeConfig without checking cluster access records.
    ///
    /// Wire name: `Force`.
    #[serde(rename = "Force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// Response of `CleanUserPermissions`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CleanUserPermissionsResponse {
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl CleanUserPermissionsResponse {
    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CleanUserPermissions",
    command: "clean-user-permissions",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
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
            name: "ClusterIds",
            flag: "cluster-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of cluster IDs. If you specify this list, only the KubeConfig credentials and RBAC permissions of the specified user in the listed clusters are cleared.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Simple),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Force",
            flag: "force",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to force delete the specified KubeConfig. Valid values:\n\n- false (default): Checks whether there are cluster access records within the last seven days before deleting the KubeConfig. If such records exist or cannot be found, the deletion is not allowed.\n- true: Force deletes the KubeConfig without checking cluster access records.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "DELETE",
            path: "/users/{Uid}/permissions",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
