// @generated from spec/cs/2015-12-15/actions/GetClusterAuditProject.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterAuditProject` action:

/// Marker type tying the request and response of `GetClusterAuditProject` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterAuditProject;

impl sdk_shape::Action for GetClusterAuditProject {
    type Request = GetClusterAuditProjectRequest;
    type Response = GetClusterAuditProjectResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterAuditProject`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterAuditProjectRequest {
    /// Required.
    ///
    /// Wire name: `Clusterid`.
    #[serde(rename = "Clusterid", default, skip_serializing_if = "Option::is_none")]
    pub clusterid: Option<String>,
}

/// Response of `GetClusterAuditProject`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterAuditProjectResponse {
    /// Indicates whether the API server audit feature is enabled for the cluster. Valid values:
    ///
    /// - `true`: Enabled.
    ///
    /// - `false`: Disabled.
    ///
    /// Wire name: `audit_enabled`.
    #[serde(rename = "audit_enabled", default, skip_serializing_if = "Option::is_none")]
    pub audit_enabled: Option<bool>,
    /// The SLS project that stores the API server audit logs of the cluster.
    ///
    /// Wire name: `sls_project_name`.
    #[serde(
        rename = "sls_project_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sls_project_name: Option<String>,
}

impl GetClusterAuditProjectResponse {
    /// Indicates whether the API server audit feature is enabled for the cluster. Valid values: (`audit_enabled`).
    pub fn audit_enabled(&self) -> Option<bool> {
        self.audit_enabled
    }

    /// The SLS project that stores the API server audit logs of the cluster (`sls_project_name`).
    pub fn sls_project_name(&self) -> Option<&str> {
        self.sls_project_name.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterAuditProject",
    command: "get-cluster-audit-project",
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
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "audit_enabled",
            flag: "audit-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the API server audit feature is enabled for the cluster. Valid values:\n\n- `true`: Enabled.\n\n- `false`: Disabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "sls_project_name",
            flag: "sls-project-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SLS project that stores the API server audit logs of the cluster.",
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
            path: "/clusters/{Clusterid}/audit",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
