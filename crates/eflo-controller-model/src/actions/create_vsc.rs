// @generated from spec/eflo-controller/2022-12-15/actions/CreateVsc.json by `cargo xtask codegen`; do not edit.
//! The `CreateVsc` action:

/// Marker type tying the request and response of `CreateVsc` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateVsc;

impl sdk_shape::Action for CreateVsc {
    type Request = CreateVscRequest;
    type Response = CreateVscResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateVsc`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateVscRequest {
    /// A client token to ensure the idempotency of the request.
    ///
    /// Wire name: `ClientToken`.
    #[serde(rename = "ClientToken", default, skip_serializing_if = "Option::is_none")]
    pub client_token: Option<String>,
    /// The ID of the node.
    ///
    /// Required.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The ID of the resource group.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The tags of the resource.
    ///
    /// Wire name: `Tag`.
    #[serde(rename = "Tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<Vec<crate::types::Tag>>,
    /// The custom name of the VSC. The name must be unique on a single compute node.
    ///
    /// Wire name: `VscName`.
    #[serde(rename = "VscName", default, skip_serializing_if = "Option::is_none")]
    pub vsc_name: Option<String>,
    /// The type of the VSC. Valid values: primary and standard. The default value is primary.
    ///
    /// Default: `"primary"`.
    ///
    /// Wire name: `VscType`.
    #[serde(rename = "VscType", default, skip_serializing_if = "Option::is_none")]
    pub vsc_type: Option<crate::types::VscType>,
}

/// Response of `CreateVsc`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateVscResponse {
    /// The ID of the request.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the VSC that is created.
    ///
    /// Wire name: `VscId`.
    #[serde(rename = "VscId", default, skip_serializing_if = "Option::is_none")]
    pub vsc_id: Option<String>,
}

impl CreateVscResponse {
    /// The ID of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the VSC that is created (`VscId`).
    pub fn vsc_id(&self) -> Option<&str> {
        self.vsc_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateVsc",
    command: "create-vsc",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClientToken",
            flag: "client-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "A client token to ensure the idempotency of the request.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the node."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the resource group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tag",
            flag: "tag",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The tags of the resource."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscName",
            flag: "vsc-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom name of the VSC. The name must be unique on a single compute node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscType",
            flag: "vsc-type",
            kind: sdk_shape::Kind::Enum(&crate::types::vsc_type::SHAPE),
            description: sdk_shape::Text::en(
                "The type of the VSC. Valid values: primary and standard. The default value is primary.",
            ),
            default: Some("\"primary\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscId",
            flag: "vsc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the VSC that is created."),
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
