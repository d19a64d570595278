// @generated from spec/eflo-controller/2022-12-15/actions/ListMachineTypes.json by `cargo xtask codegen`; do not edit.
//! The `ListMachineTypes` action:

/// Marker type tying the request and response of `ListMachineTypes` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListMachineTypes;

impl sdk_shape::Action for ListMachineTypes {
    type Request = ListMachineTypesRequest;
    type Response = ListMachineTypesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListMachineTypes`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListMachineTypesRequest {
    /// The name of the machine type.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Response of `ListMachineTypes`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListMachineTypesResponse {
    /// The details of the machine types.
    ///
    /// Wire name: `MachineTypes`.
    #[serde(rename = "MachineTypes", default, skip_serializing_if = "Option::is_none")]
    pub machine_types: Option<Vec<crate::types::MachineTypes>>,
    /// The next token for pagination. Include this value in the request to retrieve the next page of results.
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

impl ListMachineTypesResponse {
    /// The details of the machine types (`MachineTypes`).
    pub fn machine_types(&self) -> &[crate::types::MachineTypes] {
        self.machine_types.as_deref().unwrap_or_default()
    }

    /// The next token for pagination. Include this value in the request to retrieve the next page of results (`NextToken`).
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
    name: "ListMachineTypes",
    command: "list-machine-types",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the machine type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "MachineTypes",
            flag: "machine-types",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::machine_types::SHAPE),
            ),
            description: sdk_shape::Text::en("The details of the machine types."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NextToken",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The next token for pagination. Include this value in the request to retrieve the next page of results.",
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
