// @generated from spec/cs/2015-12-15/actions/DescribeEventsForRegion.json by `cargo xtask codegen`; do not edit.
//! The `DescribeEventsForRegion` action:

/// Marker type tying the request and response of `DescribeEventsForRegion` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeEventsForRegion;

impl sdk_shape::Action for DescribeEventsForRegion {
    type Request = DescribeEventsForRegionRequest;
    type Response = DescribeEventsForRegionResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeEventsForRegion`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeEventsForRegionRequest {
    /// Required.
    ///
    /// Wire name: `RegionId`.
    #[serde(rename = "RegionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The maximum number of results to return for a single request.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The query token. The value is the next_token parameter value returned by the previous API call.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The page number.
    ///
    /// Wire name: `page_number`.
    #[serde(rename = "page_number", default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// The maximum number of results to return per page.
    ///
    /// Valid values: 1 to 100.
    ///
    /// Default value: 50.
    ///
    /// Default: `50`.
    ///
    /// Wire name: `page_size`.
    #[serde(rename = "page_size", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// Response of `DescribeEventsForRegion`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeEventsForRegionResponse {
    /// The list of events.
    ///
    /// Wire name: `events`.
    #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<crate::types::Events>>,
    /// The pagination token.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The pagination information.
    ///
    /// Wire name: `page_info`.
    #[serde(rename = "page_info", default, skip_serializing_if = "Option::is_none")]
    pub page_info: Option<crate::types::PageInfo>,
}

impl DescribeEventsForRegionResponse {
    /// The list of events (`events`).
    pub fn events(&self) -> &[crate::types::Events] {
        self.events.as_deref().unwrap_or_default()
    }

    /// The pagination token (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The pagination information (`page_info`).
    pub fn page_info(&self) -> Option<&crate::types::PageInfo> {
        self.page_info.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeEventsForRegion",
    command: "describe-events-for-region",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "RegionId",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return for a single request.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The query token. The value is the next_token parameter value returned by the previous API call.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_number",
            flag: "page-number",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The page number."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_size",
            flag: "page-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results to return per page.\n\nValid values: 1 to 100.\n\nDefault value: 50.",
            ),
            default: Some("50"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "events",
            flag: "events",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::events::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of events."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "page_info",
            flag: "page-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::page_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The pagination information."),
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
            path: "/regions/{RegionId}/events",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
