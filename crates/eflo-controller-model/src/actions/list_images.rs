// @generated from spec/eflo-controller/2022-12-15/actions/ListImages.json by `cargo xtask codegen`; do not edit.
//! The `ListImages` action:

/// Marker type tying the request and response of `ListImages` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListImages;

impl sdk_shape::Action for ListImages {
    type Request = ListImagesRequest;
    type Response = ListImagesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListImages`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListImagesRequest {
    /// The architecture.
    ///
    /// Wire name: `Architecture`.
    #[serde(rename = "Architecture", default, skip_serializing_if = "Option::is_none")]
    pub architecture: Option<String>,
    /// The image version.
    ///
    /// Wire name: `ImageVersion`.
    #[serde(rename = "ImageVersion", default, skip_serializing_if = "Option::is_none")]
    pub image_version: Option<String>,
    /// The platform.
    ///
    /// Wire name: `Platform`.
    #[serde(rename = "Platform", default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
}

/// Response of `ListImages`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListImagesResponse {
    /// The image details.
    ///
    /// Wire name: `Images`.
    #[serde(rename = "Images", default, skip_serializing_if = "Option::is_none")]
    pub images: Option<Vec<crate::types::Images>>,
    /// The token that is used in the next request to retrieve a new page of results.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListImagesResponse {
    /// The image details (`Images`).
    pub fn images(&self) -> &[crate::types::Images] {
        self.images.as_deref().unwrap_or_default()
    }

    /// The token that is used in the next request to retrieve a new page of results (`NextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListImages",
    command: "list-images",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Architecture",
            flag: "architecture",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The architecture."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageVersion",
            flag: "image-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image version."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Platform",
            flag: "platform",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The platform."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "Images",
            flag: "images",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::images::SHAPE),
            ),
            description: sdk_shape::Text::en("The image details."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The token that is used in the next request to retrieve a new page of results.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
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
