// @generated from spec/cs/2015-12-15/actions/ListTagResources.json by `cargo xtask codegen`; do not edit.
//! The `ListTagResources` action:

/// Marker type tying the request and response of `ListTagResources` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListTagResources;

impl sdk_shape::Action for ListTagResources {
    type Request = ListTagResourcesRequest;
    type Response = ListTagResourcesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListTagResources`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListTagResourcesRequest {
    /// The token for the next query.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The region ID.
    ///
    /// Required.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The list of resource IDs to query.
    ///
    /// Required.
    ///
    /// Wire name: `resource_ids`.
    #[serde(rename = "resource_ids", default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// The resource type.
    ///
    /// Valid values:
    ///
    /// - CLUSTER: cluster.
    ///
    /// Required.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of tags to query. You can specify a maximum of 20 tags.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
}

/// Response of `ListTagResources`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListTagResourcesResponse {
    /// The token for the next query.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The collection of tagged resources.
    ///
    /// Wire name: `tag_resources`.
    #[serde(rename = "tag_resources", default, skip_serializing_if = "Option::is_none")]
    pub tag_resources: Option<crate::types::TagResources>,
}

impl ListTagResourcesResponse {
    /// The token for the next query (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The collection of tagged resources (`tag_resources`).
    pub fn tag_resources(&self) -> Option<&crate::types::TagResources> {
        self.tag_resources.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListTagResources",
    command: "list-tag-resources",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The token for the next query."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_ids",
            flag: "resource-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of resource IDs to query."),
            list: true,
            required: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource type.\n\nValid values:\n\n- CLUSTER: cluster.",
            ),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of tags to query. You can specify a maximum of 20 tags.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The token for the next query."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tag_resources",
            flag: "tag-resources",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag_resources::SHAPE),
            ),
            description: sdk_shape::Text::en("The collection of tagged resources."),
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
            path: "/tags",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
