// @generated from spec/eflo-controller/2022-12-15/actions/ListUserClusterTypes.json by `cargo xtask codegen`; do not edit.
//! The `ListUserClusterTypes` action:

/// Marker type tying the request and response of `ListUserClusterTypes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListUserClusterTypes;

impl sdk_shape::Action for ListUserClusterTypes {
    type Request = ListUserClusterTypesRequest;
    type Response = ListUserClusterTypesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListUserClusterTypes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListUserClusterTypesRequest {}
/// Response of `ListUserClusterTypes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListUserClusterTypesResponse {
    /// The list of cluster types. Number of elements in the array: 1 to 100.
    ///
    /// Wire name: `ClusterTypes`.
    #[serde(rename = "ClusterTypes", default, skip_serializing_if = "Option::is_none")]
    pub cluster_types: Option<Vec<crate::types::ClusterTypes>>,
    /// NextToken for the next page. Include this value when requesting the next page.
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

impl ListUserClusterTypesResponse {
    /// The list of cluster types. Number of elements in the array: 1 to 100 (`ClusterTypes`).
    pub fn cluster_types(&self) -> &[crate::types::ClusterTypes] {
        self.cluster_types.as_deref().unwrap_or_default()
    }

    /// NextToken for the next page. Include this value when requesting the next page (`NextToken`).
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
    name: "ListUserClusterTypes",
    command: "list-user-cluster-types",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[],
    output: &[
        sdk_shape::MemberShape {
            name: "ClusterTypes",
            flag: "cluster-types",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::cluster_types::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of cluster types. Number of elements in the array: 1 to 100.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "NextToken for the next page. Include this value when requesting the next page.",
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
