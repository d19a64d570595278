// @generated from spec/cs/2015-12-15/actions/CreateTemplate.json by `cargo xtask codegen`; do not edit.
//! The `CreateTemplate` action:

/// Marker type tying the request and response of `CreateTemplate` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateTemplate;

impl sdk_shape::Action for CreateTemplate {
    type Request = CreateTemplateRequest;
    type Response = CreateTemplateResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateTemplate`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateTemplateRequest {
    /// The description of the orchestration template.
    ///
    /// Wire name: `description`.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The name of the template.
    ///
    /// Naming rules: The name must be 1 to 63 characters in length, and can contain digits, Chinese characters, letters, and hyphens (-). It cannot start with a hyphen (-).
    ///
    /// Required.
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
    /// Required.
    ///
    /// Wire name: `template`.
    #[serde(rename = "template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The templatetype.
    ///
    /// - If you set this parameter to `kubernetes`, the template is displayed on the Orchestration Templates page in the console.
    ///
    /// - If you do not specify this parameter or set it to another value, the template is not displayed on the Orchestration Templates page in the console.
    ///
    /// Recommended Settings: `kubernetes`.
    ///
    /// Wire name: `template_type`.
    #[serde(rename = "template_type", default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
}

/// Response of `CreateTemplate`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateTemplateResponse {
    /// The ID of the orchestration template.
    ///
    /// Wire name: `template_id`.
    #[serde(rename = "template_id", default, skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
}

impl CreateTemplateResponse {
    /// The ID of the orchestration template (`template_id`).
    pub fn template_id(&self) -> Option<&str> {
        self.template_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateTemplate",
    command: "create-template",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
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
            description: sdk_shape::Text::en(
                "The name of the template.\n\nNaming rules: The name must be 1 to 63 characters in length, and can contain digits, Chinese characters, letters, and hyphens (-). It cannot start with a hyphen (-).",
            ),
            required: true,
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
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template_type",
            flag: "template-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The templatetype.\n\n- If you set this parameter to `kubernetes`, the template is displayed on the Orchestration Templates page in the console.\n\n- If you do not specify this parameter or set it to another value, the template is not displayed on the Orchestration Templates page in the console.\n\nRecommended Settings: `kubernetes`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "template_id",
            flag: "template-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the orchestration template."),
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
            path: "/templates",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
