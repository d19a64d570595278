// @generated from spec/cs/2015-12-15/actions/UpdateContactGroupForAlert.json by `cargo xtask codegen`; do not edit.
//! The `UpdateContactGroupForAlert` action:

/// Marker type tying the request and response of `UpdateContactGroupForAlert` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateContactGroupForAlert;

impl sdk_shape::Action for UpdateContactGroupForAlert {
    type Request = UpdateContactGroupForAlertRequest;
    type Response = UpdateContactGroupForAlertResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateContactGroupForAlert`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateContactGroupForAlertRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The name of the contact group for the alert metric.
    ///
    /// Wire name: `alert_rule_group_name`.
    #[serde(
        rename = "alert_rule_group_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alert_rule_group_name: Option<String>,
    /// The list of contact group IDs.
    ///
    /// Wire name: `contact_group_ids`.
    #[serde(
        rename = "contact_group_ids",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub contact_group_ids: Option<Vec<i64>>,
    /// The name of the CR instance.
    ///
    /// Wire name: `cr_name`.
    #[serde(rename = "cr_name", default, skip_serializing_if = "Option::is_none")]
    pub cr_name: Option<String>,
    /// The namespace where the resource resides.
    ///
    /// Wire name: `namespace`.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// Response of `UpdateContactGroupForAlert`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateContactGroupForAlertResponse {
    /// The message returned when the operation fails.
    ///
    /// Wire name: `msg`.
    #[serde(rename = "msg", default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// The status of the update result. Valid values:
    ///
    /// - true: The operation succeeded.
    /// - false: The operation failed.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<bool>,
}

impl UpdateContactGroupForAlertResponse {
    /// The message returned when the operation fails (`msg`).
    pub fn msg(&self) -> Option<&str> {
        self.msg.as_deref()
    }

    /// The status of the update result. Valid values: (`status`).
    pub fn status(&self) -> Option<bool> {
        self.status
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateContactGroupForAlert",
    command: "update-contact-group-for-alert",
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
            description: sdk_shape::Text::en(
                "The name of the contact group for the alert metric.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "contact_group_ids",
            flag: "contact-group-ids",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The list of contact group IDs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cr_name",
            flag: "cr-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the CR instance."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "namespace",
            flag: "namespace",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The namespace where the resource resides.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "msg",
            flag: "msg",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The message returned when the operation fails.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "The status of the update result. Valid values:\n\n- true: The operation succeeded.\n- false: The operation failed.",
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
            path: "/alert/{ClusterId}/alert_rule/contact_groups",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
