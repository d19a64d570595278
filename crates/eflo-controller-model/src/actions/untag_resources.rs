// @generated from spec/eflo-controller/2022-12-15/actions/UntagResources.json by `cargo xtask codegen`; do not edit.
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
    /// Specifies whether to remove all tags from the resources. This parameter takes effect only if you do not specify the TagKey.N parameter. Valid values:
    ///
    /// - true: Removes all tags.
    ///
    /// - false: Does not remove all tags.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `All`.
    #[serde(rename = "All", default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// The region ID.
    ///
    /// Required.
    ///
    /// Wire name: `RegionId`.
    #[serde(rename = "RegionId", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The list of resource IDs.
    ///
    /// Required.
    ///
    /// Wire name: `ResourceId`.
    #[serde(rename = "ResourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<Vec<String>>,
    /// The resource type.
    ///
    /// Required.
    ///
    /// Wire name: `ResourceType`.
    #[serde(rename = "ResourceType", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of tag keys.
    ///
    /// Wire name: `TagKey`.
    #[serde(rename = "TagKey", default, skip_serializing_if = "Option::is_none")]
    pub tag_key: Option<Vec<String>>,
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
            name: "All",
            flag: "all",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to remove all tags from the resources. This parameter takes effect only if you do not specify the TagKey.N parameter. Valid values:\n\n- true: Removes all tags.\n\n- false: Does not remove all tags.\n\nDefault value: false.",
            ),
            default: Some("false"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegionId",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceId",
            flag: "resource-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of resource IDs."),
            list: true,
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceType",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource type."),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagKey",
            flag: "tag-key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of tag keys."),
            list: true,
            location: sdk_shape::Location::Query,
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
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
