// @generated from spec/eflo-controller/2022-12-15/actions/ChangeResourceGroup.json by `cargo xtask codegen`; do not edit.
//! The `ChangeResourceGroup` action:

/// Marker type tying the request and response of `ChangeResourceGroup` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ChangeResourceGroup;

impl sdk_shape::Action for ChangeResourceGroup {
    type Request = ChangeResourceGroupRequest;
    type Response = ChangeResourceGroupResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ChangeResourceGroup`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ChangeResourceGroupRequest {
    /// The ID of the destination resource group.
    ///
    /// Required.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The ID of the resource.
    ///
    /// Required.
    ///
    /// Wire name: `ResourceId`.
    #[serde(rename = "ResourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The ID of the region.
    ///
    /// Required.
    ///
    /// Wire name: `ResourceRegionId`.
    #[serde(
        rename = "ResourceRegionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_region_id: Option<String>,
    /// The type of the resource.
    ///
    /// Wire name: `ResourceType`.
    #[serde(rename = "ResourceType", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
}

/// Response of `ChangeResourceGroup`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ChangeResourceGroupResponse {
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ChangeResourceGroupResponse {
    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ChangeResourceGroup",
    command: "change-resource-group",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the destination resource group.",
            ),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceId",
            flag: "resource-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the resource."),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceRegionId",
            flag: "resource-region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the region."),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceType",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the resource."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
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
