// @generated from spec/eflo-controller/2022-12-15/actions/ListVscs.json by `cargo xtask codegen`; do not edit.
//! The `ListVscs` action:

/// Marker type tying the request and response of `ListVscs` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListVscs;

impl sdk_shape::Action for ListVscs {
    type Request = ListVscsRequest;
    type Response = ListVscsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListVscs`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListVscsRequest {
    /// The list of tags.
    ///
    /// Wire name: `Tag`.
    #[serde(rename = "Tag", default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<Vec<crate::types::Tag>>,
    /// The maximum number of entries to return on each page.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The token that marks the position from which to start the query. If you leave this parameter empty, the query starts from the beginning.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The list of node IDs.
    ///
    /// Wire name: `NodeIds`.
    #[serde(rename = "NodeIds", default, skip_serializing_if = "Option::is_none")]
    pub node_ids: Option<Vec<String>>,
    /// The ID of the resource group.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The name of the VSC.
    ///
    /// Wire name: `VscName`.
    #[serde(rename = "VscName", default, skip_serializing_if = "Option::is_none")]
    pub vsc_name: Option<String>,
}

/// Response of `ListVscs`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListVscsResponse {
    /// This parameter is not returned. Use the \`TotalCount\` parameter instead.
    ///
    /// Wire name: `MaxResults`.
    #[serde(rename = "MaxResults", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The token to retrieve the next page of results. If this parameter is empty, all results have been returned.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The ID of the request.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The total number of entries that match the query conditions.
    ///
    /// Wire name: `TotalCount`.
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of VSCs.
    ///
    /// Wire name: `Vscs`.
    #[serde(rename = "Vscs", default, skip_serializing_if = "Option::is_none")]
    pub vscs: Option<Vec<crate::types::Vscs>>,
}

impl ListVscsResponse {
    /// This parameter is not returned. Use the \`TotalCount\` parameter instead (`MaxResults`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The token to retrieve the next page of results. If this parameter is empty, all results have been returned (`NextToken`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }

    /// The ID of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The total number of entries that match the query conditions (`TotalCount`).
    pub fn total_count(&self) -> Option<i64> {
        self.total_count
    }

    /// A list of VSCs (`Vscs`).
    pub fn vscs(&self) -> &[crate::types::Vscs] {
        self.vscs.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListVscs",
    command: "list-vscs",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Tag",
            flag: "tag",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of tags."),
            list: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of entries to return on each page.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The token that marks the position from which to start the query. If you leave this parameter empty, the query starts from the beginning.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIds",
            flag: "node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of node IDs."),
            list: true,
            style: Some(sdk_shape::Style::Json),
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
            name: "VscName",
            flag: "vsc-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the VSC."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "MaxResults",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "This parameter is not returned. Use the \\`TotalCount\\` parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The token to retrieve the next page of results. If this parameter is empty, all results have been returned.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalCount",
            flag: "total-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total number of entries that match the query conditions.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Vscs",
            flag: "vscs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::vscs::SHAPE),
            ),
            description: sdk_shape::Text::en("A list of VSCs."),
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
