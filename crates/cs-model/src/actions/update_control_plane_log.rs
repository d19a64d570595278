// @generated from spec/cs/2015-12-15/actions/UpdateControlPlaneLog.json by `cargo xtask codegen`; do not edit.
//! The `UpdateControlPlaneLog` action:

/// Marker type tying the request and response of `UpdateControlPlaneLog` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateControlPlaneLog;

impl sdk_shape::Action for UpdateControlPlaneLog {
    type Request = UpdateControlPlaneLogRequest;
    type Response = UpdateControlPlaneLogResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateControlPlaneLog`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateControlPlaneLogRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The Alibaba Cloud account ID.
    ///
    /// Wire name: `aliuid`.
    #[serde(rename = "aliuid", default, skip_serializing_if = "Option::is_none")]
    pub aliuid: Option<String>,
    /// The list of components for which control plane logging is enabled.
    ///
    /// Wire name: `components`.
    #[serde(rename = "components", default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<String>>,
    /// The name of the SLS project where control plane component logs are stored.
    ///
    /// Default value: k8s-log-$ClusterId.
    ///
    /// Default: `"k8s-log-"`.
    ///
    /// Wire name: `log_project`.
    #[serde(rename = "log_project", default, skip_serializing_if = "Option::is_none")]
    pub log_project: Option<String>,
    /// The retention period of logs in the SLS Logstore. Valid values: 1 to 3000. Unit: days.
    ///
    /// Default value: 30.
    ///
    /// Default: `"30"`.
    ///
    /// Wire name: `log_ttl`.
    #[serde(rename = "log_ttl", default, skip_serializing_if = "Option::is_none")]
    pub log_ttl: Option<String>,
}

/// Response of `UpdateControlPlaneLog`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateControlPlaneLogResponse {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
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

impl UpdateControlPlaneLogResponse {
    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

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
    name: "UpdateControlPlaneLog",
    command: "update-control-plane-log",
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
            name: "aliuid",
            flag: "aliuid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Alibaba Cloud account ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "components",
            flag: "components",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of components for which control plane logging is enabled.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "log_project",
            flag: "log-project",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the SLS project where control plane component logs are stored.\n\nDefault value: k8s-log-$ClusterId.",
            ),
            default: Some("\"k8s-log-\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "log_ttl",
            flag: "log-ttl",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The retention period of logs in the SLS Logstore. Valid values: 1 to 3000. Unit: days.\n\nDefault value: 30.",
            ),
            default: Some("\"30\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
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
            method: "PUT",
            path: "/clusters/{ClusterId}/controlplanelog",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
