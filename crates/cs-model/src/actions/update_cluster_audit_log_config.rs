// @generated from spec/cs/2015-12-15/actions/UpdateClusterAuditLogConfig.json by `cargo xtask codegen`; do not edit.
//! The `UpdateClusterAuditLogConfig` action:

/// Marker type tying the request and response of `UpdateClusterAuditLogConfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateClusterAuditLogConfig;

impl sdk_shape::Action for UpdateClusterAuditLogConfig {
    type Request = UpdateClusterAuditLogConfigRequest;
    type Response = UpdateClusterAuditLogConfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateClusterAuditLogConfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateClusterAuditLogConfigRequest {
    /// Required.
    ///
    /// Wire name: `Clusterid`.
    #[serde(rename = "Clusterid", default, skip_serializing_if = "Option::is_none")]
    pub clusterid: Option<String>,
    /// Specifies whether to disable the cluster audit log feature. Valid values:
    ///
    /// - false: enables the audit log feature or updates the audit log configurations.
    /// - true: disables the audit log feature.
    ///
    /// Wire name: `disable`.
    #[serde(rename = "disable", default, skip_serializing_if = "Option::is_none")]
    pub disable: Option<bool>,
    /// The [SLS project](https://help.aliyun.com/document_detail/48873.html) where the [Logstore](https://help.aliyun.com/document_detail/48874.html) for cluster audit logs is located.
    ///
    /// - The default value is k8s-log-{clusterid}.
    ///
    /// - After you enable the cluster audit log feature, a Logstore for cluster audit logs is created in the specified SLS project.
    ///
    /// - If you need to change the SLS project after enabling the cluster audit log feature, you can use this parameter to specify a new SLS project. Only ACK managed clusters support changing the SLS project.
    ///
    /// Default: `"k8s-log-"`.
    ///
    /// Wire name: `sls_project_name`.
    #[serde(
        rename = "sls_project_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sls_project_name: Option<String>,
}

/// Response of `UpdateClusterAuditLogConfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateClusterAuditLogConfigResponse {
    /// The ID of the cluster.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The ID of the request.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the task.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl UpdateClusterAuditLogConfigResponse {
    /// The ID of the cluster (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The ID of the request (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the task (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateClusterAuditLogConfig",
    command: "update-cluster-audit-log-config",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Clusterid",
            flag: "clusterid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "disable",
            flag: "disable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to disable the cluster audit log feature. Valid values:\n\n- false: enables the audit log feature or updates the audit log configurations.\n- true: disables the audit log feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "sls_project_name",
            flag: "sls-project-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The [SLS project](https://help.aliyun.com/document_detail/48873.html) where the [Logstore](https://help.aliyun.com/document_detail/48874.html) for cluster audit logs is located.\n\n- The default value is k8s-log-{clusterid}.\n\n- After you enable the cluster audit log feature, a Logstore for cluster audit logs is created in the specified SLS project.\n\n- If you need to change the SLS project after enabling the cluster audit log feature, you can use this parameter to specify a new SLS project. Only ACK managed clusters support changing the SLS project.",
            ),
            default: Some("\"k8s-log-\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the task."),
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
            path: "/clusters/{Clusterid}/audit_log",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
