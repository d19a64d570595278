// @generated from spec/cs/2015-12-15/actions/DescribeTemplates.json by `cargo xtask codegen`; do not edit.
//! The `DescribeTemplates` action:

/// Marker type tying the request and response of `DescribeTemplates` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeTemplates;

impl sdk_shape::Action for DescribeTemplates {
    type Request = DescribeTemplatesRequest;
    type Response = DescribeTemplatesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeTemplates`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeTemplatesRequest {
    /// The page number of the returned results.
    ///
    /// Default value: 1.
    ///
    /// Default: `1`.
    ///
    /// Wire name: `page_num`.
    #[serde(rename = "page_num", default, skip_serializing_if = "Option::is_none")]
    pub page_num: Option<i64>,
    /// The number of entries to return on each page.
    ///
    /// Default value: 10.
    ///
    /// Default: `10`.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    /// The templatetype. Valid values:
    ///
    /// - `kubernetes`: The template is displayed on the Orchestration Templates page in the console.
    ///
    /// - If this parameter is left empty or set to other values: The template is not displayed on the Orchestration Templates page in the console.
    ///
    /// Recommended settings: `kubernetes`.
    ///
    /// Wire name: `template_type`.
    #[serde(rename = "template_type", default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
}

/// Response of `DescribeTemplates`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeTemplatesResponse {
    /// The pagination information.
    ///
    /// Wire name: `page_info`.
    #[serde(rename = "page_info", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::types::PageInfo>,
    /// The list of templates.
    ///
    /// Wire name: `templates`.
    #[serde(rename = "templates", default, skip_serializing_if = "Option::is_none")]
    pub templates: Option<Vec<crate::types::Templates>>,
}

impl DescribeTemplatesResponse {
    /// The pagination information (`page_info`).
    pub fn page_info(&self) -> Option<&crate::types::PageInfo> {
        self.page_info.as_ref()
    }

    /// The list of templates (`templates`).
    pub fn templates(&self) -> &[crate::types::Templates] {
        self.templates.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeTemplates",
    command: "describe-templates",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "page_num",
            flag: "page-num",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The page number of the returned results.\n\nDefault value: 1.",
            ),
            default: Some("1"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of entries to return on each page.\n\nDefault value: 10.",
            ),
            default: Some("10"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template_type",
            flag: "template-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The templatetype. Valid values:\n\n- `kubernetes`: The template is displayed on the Orchestration Templates page in the console.\n\n- If this parameter is left empty or set to other values: The template is not displayed on the Orchestration Templates page in the console.\n\nRecommended settings: `kubernetes`.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "page_info",
            flag: "page-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "templates",
            flag: "templates",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::templates::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of templates."),
            list: true,
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
            path: "/templates",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
