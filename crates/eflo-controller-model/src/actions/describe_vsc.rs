// @generated from spec/eflo-controller/2022-12-15/actions/DescribeVsc.json by `cargo xtask codegen`; do not edit.
//! The `DescribeVsc` action:

/// Marker type tying the request and response of `DescribeVsc` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeVsc;

impl sdk_shape::Action for DescribeVsc {
    type Request = DescribeVscRequest;
    type Response = DescribeVscResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeVsc`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeVscRequest {
    /// The ID of the Vsc.
    ///
    /// Required.
    ///
    /// Wire name: `VscId`.
    #[serde(rename = "VscId", default, skip_serializing_if = "Option::is_none")]
    pub vsc_id: Option<String>,
}

/// Response of `DescribeVsc`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeVscResponse {
    /// The ID of the compute node where the Vsc is located.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the resource group.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The status of the Vsc.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// VscId
    ///
    /// Wire name: `VscId`.
    #[serde(rename = "VscId", default, skip_serializing_if = "Option::is_none")]
    pub vsc_id: Option<String>,
    /// The custom name of the Vsc.
    ///
    /// Wire name: `VscName`.
    #[serde(rename = "VscName", default, skip_serializing_if = "Option::is_none")]
    pub vsc_name: Option<String>,
    /// The type of the Vsc.
    ///
    /// Wire name: `VscType`.
    #[serde(rename = "VscType", default, skip_serializing_if = "Option::is_none")]
    pub vsc_type: Option<String>,
}

impl DescribeVscResponse {
    /// The ID of the compute node where the Vsc is located (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the resource group (`ResourceGroupId`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The status of the Vsc (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// VscId (`VscId`).
    pub fn vsc_id(&self) -> Option<&str> {
        self.vsc_id.as_deref()
    }

    /// The custom name of the Vsc (`VscName`).
    pub fn vsc_name(&self) -> Option<&str> {
        self.vsc_name.as_deref()
    }

    /// The type of the Vsc (`VscType`).
    pub fn vsc_type(&self) -> Option<&str> {
        self.vsc_type.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeVsc",
    command: "describe-vsc",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "VscId",
            flag: "vsc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the Vsc."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the compute node where the Vsc is located.",
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
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the resource group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status of the Vsc."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscId",
            flag: "vsc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("VscId"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscName",
            flag: "vsc-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The custom name of the Vsc."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscType",
            flag: "vsc-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the Vsc."),
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
