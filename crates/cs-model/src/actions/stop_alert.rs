// @generated from spec/cs/2015-12-15/actions/StopAlert.json by `cargo xtask codegen`; do not edit.
//! The `StopAlert` action:

/// Marker type tying the request and response of `StopAlert` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct StopAlert;

impl sdk_shape::Action for StopAlert {
    type Request = StopAlertRequest;
    type Response = StopAlertResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `StopAlert`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct StopAlertRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The name of the alert rule group.
    ///
    /// Wire name: `alert_rule_group_name`.
    #[serde(
        rename = "alert_rule_group_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alert_rule_group_name: Option<String>,
    /// The name of the alert rule.
    ///
    /// Wire name: `alert_rule_name`.
    #[serde(
        rename = "alert_rule_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alert_rule_name: Option<String>,
}

/// Response of `StopAlert`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StopAlertResponse {
    /// The message returned when the execution fails.
    ///
    /// Wire name: `msg`.
    #[serde(rename = "msg", default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// The execution status.
    ///
    /// - True: The execution succeeded.
    /// - False: The execution failed.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<bool>,
}

impl StopAlertResponse {
    /// The message returned when the execution fails (`msg`).
    pub fn msg(&self) -> Option<&str> {
        self.msg.as_deref()
    }

    /// The execution status (`status`).
    pub fn status(&self) -> Option<bool> {
        self.status
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "StopAlert",
    command: "stop-alert",
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
            name: "alert_rule_group_name",
            flag: "alert-rule-group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the alert rule group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "alert_rule_name",
            flag: "alert-rule-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the alert rule."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "msg",
            flag: "msg",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The message returned when the execution fails.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "The execution status.\n\n- True: The execution succeeded.\n- False: The execution failed.",
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
            method: "POST",
            path: "/alert/{ClusterId}/alert_rule/stop",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
