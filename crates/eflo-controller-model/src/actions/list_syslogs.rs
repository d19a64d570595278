// @generated from spec/eflo-controller/2022-12-15/actions/ListSyslogs.json by `cargo xtask codegen`; do not edit.
//! The `ListSyslogs` action:

/// Marker type tying the request and response of `ListSyslogs` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListSyslogs;

impl sdk_shape::Action for ListSyslogs {
    type Request = ListSyslogsRequest;
    type Response = ListSyslogsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListSyslogs`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListSyslogsRequest {
    /// The start time. Specify a UNIX timestamp in seconds.
    ///
    /// Required.
    ///
    /// Wire name: `FromTime`.
    #[serde(rename = "FromTime", default, skip_serializing_if = "Option::is_none")]
    pub from_time: Option<String>,
    /// The token for the next page. Include this token when you retrieve the next page of results.
    ///
    /// Wire name: `NextToken`.
    #[serde(rename = "NextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The node ID.
    ///
    /// Required.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The query condition.
    ///
    /// Wire name: `Query`.
    #[serde(rename = "Query", default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Specifies whether to query logs in reverse chronological order.
    ///
    /// Wire name: `Reverse`.
    #[serde(rename = "Reverse", default, skip_serializing_if = "Option::is_none")]
    pub reverse: Option<bool>,
    /// The end time. Specify a UNIX timestamp in seconds.
    ///
    /// Required.
    ///
    /// Wire name: `ToTime`.
    #[serde(rename = "ToTime", default, skip_serializing_if = "Option::is_none")]
    pub to_time: Option<String>,
}

/// Response of `ListSyslogs`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListSyslogsResponse {
    /// The paginated list of log objects.
    ///
    /// Wire name: `Logs`.
    #[serde(rename = "Logs", default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Vec<crate::types::ListSyslogsLogs>>,
    /// The NextToken for the next page. Include this value in the request to retrieve the next page of results.
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

impl ListSyslogsResponse {
    /// The paginated list of log objects (`Logs`).
    pub fn logs(&self) -> &[crate::types::ListSyslogsLogs] {
        self.logs.as_deref().unwrap_or_default()
    }

    /// The NextToken for the next page. Include this value in the request to retrieve the next page of results (`NextToken`).
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
    name: "ListSyslogs",
    command: "list-syslogs",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "FromTime",
            flag: "from-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. Specify a UNIX timestamp in seconds.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The token for the next page. Include this token when you retrieve the next page of results.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Query",
            flag: "query",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The query condition."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Reverse",
            flag: "reverse",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to query logs in reverse chronological order.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ToTime",
            flag: "to-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time. Specify a UNIX timestamp in seconds.",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "Logs",
            flag: "logs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::list_syslogs_logs::SHAPE),
            ),
            description: sdk_shape::Text::en("The paginated list of log objects."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The NextToken for the next page. Include this value in the request to retrieve the next page of results.",
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
