// @generated from spec/cs/2015-12-15/actions/DescribeRegions.json by `cargo xtask codegen`; do not edit.
//! The `DescribeRegions` action:

/// Marker type tying the request and response of `DescribeRegions` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeRegions;

impl sdk_shape::Action for DescribeRegions {
    type Request = DescribeRegionsRequest;
    type Response = DescribeRegionsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeRegions`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeRegionsRequest {
    /// Filters the returned results by language, such as Chinese or English.
    ///
    /// Wire name: `acceptLanguage`.
    #[serde(rename = "acceptLanguage", default, skip_serializing_if = "Option::is_none")]
    pub accept_language: Option<String>,
    /// The cluster type.
    ///
    /// Wire name: `clusterType`.
    #[serde(rename = "clusterType", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The subtype of the managed cluster.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}

/// Response of `DescribeRegions`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeRegionsResponse {
    /// The list of regions.
    ///
    /// Wire name: `regions`.
    #[serde(rename = "regions", default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<crate::types::Regions>>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl DescribeRegionsResponse {
    /// The list of regions (`regions`).
    pub fn regions(&self) -> &[crate::types::Regions] {
        self.regions.as_deref().unwrap_or_default()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeRegions",
    command: "describe-regions",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "acceptLanguage",
            flag: "accept-language",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Filters the returned results by language, such as Chinese or English.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "clusterType",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster type."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The subtype of the managed cluster."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "regions",
            flag: "regions",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::regions::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of regions."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "requestId",
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
            method: "GET",
            path: "/regions",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
