// @generated from spec/cs/2015-12-15/actions/UntagResources.json by `cargo xtask codegen`; do not edit.
//! The `UntagResources` action:

/// Marker type tying the request and response of `UntagResources` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UntagResources;

impl sdk_shape::Action for UntagResources {
    type Request = UntagResourcesRequest;
    type Response = UntagResourcesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UntagResources`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UntagResourcesRequest {
    /// Specifies whether to delete all custom tags. This parameter takes effect only when `tag_keys` is empty. Valid values:
    ///
    /// - `true`: deletes all tags.
    /// - `false`: does not delete all tags.
    ///
    /// Wire name: `all`.
    #[serde(rename = "all", default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// The region ID of the resource.
    ///
    /// Required.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The list of resource IDs. Up to 50 resource IDs can be specified.
    ///
    /// Required. At most 50 items.
    ///
    /// Wire name: `resource_ids`.
    #[serde(rename = "resource_ids", default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// The resource type. Valid values:
    ///
    /// - CLUSTER: cluster.
    ///
    /// Required.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of tag keys for the resources. Up to 20 tag keys can be specified.
    ///
    /// Required. At most 20 items.
    ///
    /// Wire name: `tag_keys`.
    #[serde(rename = "tag_keys", default, skip_serializing_if = "Option::is_none")]
    pub tag_keys: Option<Vec<String>>,
}

/// Response of `UntagResources`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UntagResourcesResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl UntagResourcesResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UntagResources",
    command: "untag-resources",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "all",
            flag: "all",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to delete all custom tags. This parameter takes effect only when `tag_keys` is empty. Valid values:\n\n- `true`: deletes all tags.\n- `false`: does not delete all tags.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID of the resource."),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_ids",
            flag: "resource-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of resource IDs. Up to 50 resource IDs can be specified.",
            ),
            list: true,
            required: true,
            max_items: Some(50u32),
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource type. Valid values:\n\n- CLUSTER: cluster.",
            ),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tag_keys",
            flag: "tag-keys",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of tag keys for the resources. Up to 20 tag keys can be specified.",
            ),
            list: true,
            required: true,
            max_items: Some(20u32),
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
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
            method: "DELETE",
            path: "/tags",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
