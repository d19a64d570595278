// @generated from spec/cs/2015-12-15/actions/TagResources.json by `cargo xtask codegen`; do not edit.
//! The `TagResources` action:

/// Marker type tying the request and response of `TagResources` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct TagResourcesAction;

impl sdk_shape::Action for TagResourcesAction {
    type Request = TagResourcesRequest;
    type Response = TagResourcesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `TagResources`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct TagResourcesRequest {
    /// The region ID of the resource.
    ///
    /// Required.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The list of resource IDs. You can add up to 50 resource IDs.
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
    /// The tag key-value pairs of the resource. You can add up to 20 tag key-value pairs. Take note of the following items:
    ///
    /// - If a value is specified, it cannot be an empty string and can be up to 128 characters in length.
    /// - The value cannot start with `aliyun` or `acs:`.
    /// - The value cannot contain `http://` or `https://`.
    ///
    /// Required. At most 20 items.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
}

/// Response of `TagResources`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TagResourcesResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl TagResourcesResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "TagResources",
    command: "tag-resources",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID of the resource."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_ids",
            flag: "resource-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of resource IDs. You can add up to 50 resource IDs.",
            ),
            list: true,
            required: true,
            max_items: Some(50u32),
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
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The tag key-value pairs of the resource. You can add up to 20 tag key-value pairs. Take note of the following items:\n\n- If a value is specified, it cannot be an empty string and can be up to 128 characters in length.\n- The value cannot start with `aliyun` or `acs:`.\n- The value cannot contain `http://` or `https://`.",
            ),
            list: true,
            required: true,
            max_items: Some(20u32),
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
            method: "PUT",
            path: "/tags",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
