// @generated from spec/cs/2015-12-15/actions/GetClusterInspectConfig.json by `cargo xtask codegen`; do not edit.
//! The `GetClusterInspectConfig` action:

/// Marker type tying the request and response of `GetClusterInspectConfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct GetClusterInspectConfig;

impl sdk_shape::Action for GetClusterInspectConfig {
    type Request = GetClusterInspectConfigRequest;
    type Response = GetClusterInspectConfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `GetClusterInspectConfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct GetClusterInspectConfigRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
}

/// Response of `GetClusterInspectConfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GetClusterInspectConfigResponse {
    /// The list of disabled inspection items.
    ///
    /// Wire name: `disabledCheckItems`.
    #[serde(
        rename = "disabledCheckItems",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disabled_check_items: Option<Vec<String>>,
    /// Indicates whether inspection is enabled.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The inspection recurrence defined by using the RFC5545 recurrence rule syntax. You must specify BYHOUR and BYMINUTE. Only FREQ=DAILY is supported. COUNT and UNTIL are not supported.
    ///
    /// Wire name: `recurrence`.
    #[serde(rename = "recurrence", default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl GetClusterInspectConfigResponse {
    /// The list of disabled inspection items (`disabledCheckItems`).
    pub fn disabled_check_items(&self) -> &[String] {
        self.disabled_check_items.as_deref().unwrap_or_default()
    }

    /// Indicates whether inspection is enabled (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// The inspection recurrence defined by using the RFC5545 recurrence rule syntax. You must specify BYHOUR and BYMINUTE. Only FREQ=DAILY is supported. COUNT and UNTIL are not supported (`recurrence`).
    pub fn recurrence(&self) -> Option<&str> {
        self.recurrence.as_deref()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "GetClusterInspectConfig",
    command: "get-cluster-inspect-config",
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
            name: "disabledCheckItems",
            flag: "disabled-check-items",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of disabled inspection items."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en("Indicates whether inspection is enabled."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "recurrence",
            flag: "recurrence",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The inspection recurrence defined by using the RFC5545 recurrence rule syntax. You must specify BYHOUR and BYMINUTE. Only FREQ=DAILY is supported. COUNT and UNTIL are not supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "requestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
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
            path: "/clusters/{ClusterId}/inspectConfig",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
