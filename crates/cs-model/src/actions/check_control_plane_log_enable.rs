// @generated from spec/cs/2015-12-15/actions/CheckControlPlaneLogEnable.json by `cargo xtask codegen`; do not edit.
//! The `CheckControlPlaneLogEnable` action:

/// Marker type tying the request and response of `CheckControlPlaneLogEnable` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CheckControlPlaneLogEnable;

impl sdk_shape::Action for CheckControlPlaneLogEnable {
    type Request = CheckControlPlaneLogEnableRequest;
    type Response = CheckControlPlaneLogEnableResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CheckControlPlaneLogEnable`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CheckControlPlaneLogEnableRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `CheckControlPlaneLogEnable`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CheckControlPlaneLogEnableResponse {
    /// The Alibaba Cloud account ID.
    ///
    /// Wire name: `aliuid`.
    #[serde(rename = "aliuid", default, skip_serializing_if = "Option::is_none")]
    pub aliuid: Option<String>,
    /// The list of components for which control plane logging is currently enabled.
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
    /// The retention period of logs in the SLS Logstore. Unit: days.
    ///
    /// Wire name: `log_ttl`.
    #[serde(rename = "log_ttl", default, skip_serializing_if = "Option::is_none")]
    pub log_ttl: Option<String>,
}

impl CheckControlPlaneLogEnableResponse {
    /// The Alibaba Cloud account ID (`aliuid`).
    pub fn aliuid(&self) -> Option<&str> {
        self.aliuid.as_deref()
    }

    /// The list of components for which control plane logging is currently enabled (`components`).
    pub fn components(&self) -> &[String] {
        self.components.as_deref().unwrap_or_default()
    }

    /// The name of the SLS project where control plane component logs are stored (`log_project`).
    pub fn log_project(&self) -> Option<&str> {
        self.log_project.as_deref()
    }

    /// The retention period of logs in the SLS Logstore. Unit: days (`log_ttl`).
    pub fn log_ttl(&self) -> Option<&str> {
        self.log_ttl.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CheckControlPlaneLogEnable",
    command: "check-control-plane-log-enable",
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
    ],
    output: &[
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
                "The list of components for which control plane logging is currently enabled.",
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
                "The retention period of logs in the SLS Logstore. Unit: days.",
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
            path: "/clusters/{ClusterId}/controlplanelog",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
