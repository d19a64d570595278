// @generated from spec/eflo-controller/2022-12-15/actions/DescribeSendFileResults.json by `cargo xtask codegen`; do not edit.
//! The `DescribeSendFileResults` action:

/// Marker type tying the request and response of `DescribeSendFileResults` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeSendFileResults;

impl sdk_shape::Action for DescribeSendFileResults {
    type Request = DescribeSendFileResultsRequest;
    type Response = DescribeSendFileResultsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeSendFileResults`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeSendFileResultsRequest {
    /// The command execution ID.
    ///
    /// Required.
    ///
    /// Wire name: `InvokeId`.
    #[serde(rename = "InvokeId", default, skip_serializing_if = "Option::is_none")]
    pub invoke_id: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

/// Response of `DescribeSendFileResults`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeSendFileResultsResponse {
    /// The file sending records.
    ///
    /// Wire name: `Invocations`.
    #[serde(rename = "Invocations", default, skip_serializing_if = "Option::is_none")]
    pub invocations: Option<crate::types::DescribeSendFileResultsInvocations>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The total number of commands.
    ///
    /// Wire name: `TotalCount`.
    #[serde(rename = "TotalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<String>,
}

impl DescribeSendFileResultsResponse {
    /// The file sending records (`Invocations`).
    pub fn invocations(
        &self,
    ) -> Option<&crate::types::DescribeSendFileResultsInvocations> {
        self.invocations.as_ref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The total number of commands (`TotalCount`).
    pub fn total_count(&self) -> Option<&str> {
        self.total_count.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeSendFileResults",
    command: "describe-send-file-results",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "InvokeId",
            flag: "invoke-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The command execution ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "Invocations",
            flag: "invocations",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_send_file_results_invocations::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The file sending records."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TotalCount",
            flag: "total-count",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The total number of commands."),
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
