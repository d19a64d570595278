// @generated from spec/eflo-controller/2022-12-15/actions/ListMachineNetworkInfo.json by `cargo xtask codegen`; do not edit.
//! The `ListMachineNetworkInfo` action:

/// Marker type tying the request and response of `ListMachineNetworkInfo` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListMachineNetworkInfo;

impl sdk_shape::Action for ListMachineNetworkInfo {
    type Request = ListMachineNetworkInfoRequest;
    type Response = ListMachineNetworkInfoResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListMachineNetworkInfo`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListMachineNetworkInfoRequest {
    /// The information about the machine types.
    ///
    /// Wire name: `MachineHpnInfo`.
    #[serde(rename = "MachineHpnInfo", default, skip_serializing_if = "Option::is_none")]
    pub machine_hpn_info: Option<Vec<crate::types::MachineHpnInfo>>,
}

/// Response of `ListMachineNetworkInfo`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListMachineNetworkInfoResponse {
    /// The network information of the machine types.
    ///
    /// Wire name: `MachineNetworkInfo`.
    #[serde(
        rename = "MachineNetworkInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub machine_network_info: Option<Vec<crate::types::MachineNetworkInfo>>,
    /// The ID of the request.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ListMachineNetworkInfoResponse {
    /// The network information of the machine types (`MachineNetworkInfo`).
    pub fn machine_network_info(&self) -> &[crate::types::MachineNetworkInfo] {
        self.machine_network_info.as_deref().unwrap_or_default()
    }

    /// The ID of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListMachineNetworkInfo",
    command: "list-machine-network-info",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "MachineHpnInfo",
            flag: "machine-hpn-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::machine_hpn_info::SHAPE),
            ),
            description: sdk_shape::Text::en("The information about the machine types."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "MachineNetworkInfo",
            flag: "machine-network-info",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::machine_network_info::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The network information of the machine types.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
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
