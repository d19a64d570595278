// @generated from spec/cs/2015-12-15/actions/UpdateTemplate.json by `cargo xtask codegen`; do not edit.
//! The `UpdateTemplate` action:

/// Marker type tying the request and response of `UpdateTemplate` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateTemplate;

impl sdk_shape::Action for UpdateTemplate {
    type Request = UpdateTemplateRequest;
    type Response = UpdateTemplateResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateTemplate`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateTemplateRequest {
    /// Required.
    ///
    /// Wire name: `TemplateId`.
    #[serde(rename = "TemplateId", default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// The description of the orchestration template.
    ///
    /// Wire name: `description`.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the orchestration template.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The tags of the orchestration template.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// The content of the template in YAML format.
    ///
    /// Wire name: `template`.
    #[serde(rename = "template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The templatetype.
    ///
    /// - If you set the value to `kubernetes`, the template is displayed on the Orchestration Templates page in the console.
    ///
    /// - If you do not specify this parameter or set the value to other values, the template is not displayed on the Orchestration Templates page in the console.
    ///
    /// Recommended Settings: `kubernetes`.
    ///
    /// Wire name: `template_type`.
    #[serde(rename = "template_type", default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
}

/// Response of `UpdateTemplate`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateTemplateResponse {}
impl UpdateTemplateResponse {}
/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateTemplate",
    command: "update-template",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "TemplateId",
            flag: "template-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The description of the orchestration template.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the orchestration template."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tags of the orchestration template."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template",
            flag: "template",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The content of the template in YAML format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template_type",
            flag: "template-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The templatetype.\n\n- If you set the value to `kubernetes`, the template is displayed on the Orchestration Templates page in the console.\n\n- If you do not specify this parameter or set the value to other values, the template is not displayed on the Orchestration Templates page in the console.\n\nRecommended Settings: `kubernetes`.",
            ),
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
            method: "PUT",
            path: "/templates/{TemplateId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::None,
        },
    ),
};
