// @generated from spec/cs/2015-12-15/actions/DescribeExternalAgent.json by `cargo xtask codegen`; do not edit.
//! The `DescribeExternalAgent` action:

/// Marker type tying the request and response of `DescribeExternalAgent` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeExternalAgent;

impl sdk_shape::Action for DescribeExternalAgent {
    type Request = DescribeExternalAgentRequest;
    type Response = DescribeExternalAgentResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeExternalAgent`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeExternalAgentRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The agent permission mode. Valid values:
    ///
    /// - admin: Administrator mode. The agent has all permissions.
    /// - restricted: Restricted mode. The agent has only partial permissions.
    ///
    /// Default value: admin.
    ///
    /// Default: `"admin"`.
    ///
    /// Wire name: `AgentMode`.
    #[serde(rename = "AgentMode", default, skip_serializing_if = "Option::is_none")]
    pub agent_mode: Option<String>,
    /// Specifies whether to obtain internal network access credentials. Valid values:
    ///
    /// - `true`: Obtains only internal network connection credentials.
    /// - `false`: Obtains only public network connection credentials.
    ///
    /// Default value: `false`.
    ///
    /// Default: `"false"`.
    ///
    /// Wire name: `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ip_address: Option<String>,
}

/// Response of `DescribeExternalAgent`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeExternalAgentResponse {
    /// The agent configuration in YAML format.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<String>,
}

impl DescribeExternalAgentResponse {
    /// The agent configuration in YAML format (`config`).
    pub fn config(&self) -> Option<&str> {
        self.config.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeExternalAgent",
    command: "describe-external-agent",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "AgentMode",
            flag: "agent-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The agent permission mode. Valid values:\n\n- admin: Administrator mode. The agent has all permissions.\n- restricted: Restricted mode. The agent has only partial permissions.\n\nDefault value: admin.",
            ),
            default: Some("\"admin\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PrivateIpAddress",
            flag: "private-ip-address",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether to obtain internal network access credentials. Valid values:\n\n- `true`: Obtains only internal network connection credentials.\n- `false`: Obtains only public network connection credentials.\n\nDefault value: `false`.",
            ),
            default: Some("\"false\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The agent configuration in YAML format."),
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
            path: "/k8s/{ClusterId}/external/agent/deployment",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
