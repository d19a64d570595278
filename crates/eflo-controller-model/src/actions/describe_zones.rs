// @generated from spec/eflo-controller/2022-12-15/actions/DescribeZones.json by `cargo xtask codegen`; do not edit.
//! The `DescribeZones` action:

/// Marker type tying the request and response of `DescribeZones` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeZones;

impl sdk_shape::Action for DescribeZones {
    type Request = DescribeZonesRequest;
    type Response = DescribeZonesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeZones`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeZonesRequest {
    /// The natural language that is used to filter responses. For more information, see RFC 7231. Valid values:
    ///
    /// zh-CN en-US Default value: zh-CN.
    ///
    /// Valid values:
    ///
    /// - en-US
    /// - zh-CN
    ///
    /// Default: `"zh-CN"`.
    ///
    /// Wire name: `AcceptLanguage`.
    #[serde(rename = "AcceptLanguage", default, skip_serializing_if = "Option::is_none")]
    pub accept_language: Option<String>,
}

/// Response of `DescribeZones`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeZonesResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The list of zones.
    ///
    /// Wire name: `Zones`.
    #[serde(rename = "Zones", default, skip_serializing_if = "Option::is_none")]
    pub zones: Option<Vec<crate::types::Zones>>,
}

impl DescribeZonesResponse {
    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The list of zones (`Zones`).
    pub fn zones(&self) -> &[crate::types::Zones] {
        self.zones.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeZones",
    command: "describe-zones",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "AcceptLanguage",
            flag: "accept-language",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The natural language that is used to filter responses. For more information, see RFC 7231. Valid values:\n\nzh-CN en-US Default value: zh-CN.\n\nValid values:\n\n- en-US\n- zh-CN",
            ),
            default: Some("\"zh-CN\""),
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
        sdk_shape::MemberShape {
            name: "Zones",
            flag: "zones",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::zones::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of zones."),
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
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
