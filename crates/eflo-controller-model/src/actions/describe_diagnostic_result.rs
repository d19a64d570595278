// @generated from spec/eflo-controller/2022-12-15/actions/DescribeDiagnosticResult.json by `cargo xtask codegen`; do not edit.
//! The `DescribeDiagnosticResult` action:

/// Marker type tying the request and response of `DescribeDiagnosticResult` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeDiagnosticResult;

impl sdk_shape::Action for DescribeDiagnosticResult {
    type Request = DescribeDiagnosticResultRequest;
    type Response = DescribeDiagnosticResultResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeDiagnosticResult`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeDiagnosticResultRequest {
    /// The diagnostic ID.
    ///
    /// Wire name: `DiagnosticId`.
    #[serde(rename = "DiagnosticId", default, skip_serializing_if = "Option::is_none")]
    pub diagnostic_id: Option<String>,
}

/// Response of `DescribeDiagnosticResult`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeDiagnosticResultResponse {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The time when the device was created. The time is in ISO 8601 format.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// The diagnostic ID.
    ///
    /// Wire name: `DiagnosticId`.
    #[serde(rename = "DiagnosticId", default, skip_serializing_if = "Option::is_none")]
    pub diagnostic_id: Option<String>,
    /// The diagnostic information.
    ///
    /// Wire name: `DiagnosticResults`.
    #[serde(
        rename = "DiagnosticResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub diagnostic_results: Option<serde_json::Value>,
    /// The diagnostic status.
    ///
    /// Wire name: `DiagnosticState`.
    #[serde(
        rename = "DiagnosticState",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub diagnostic_state: Option<String>,
    /// The diagnostic type.
    ///
    /// Wire name: `DiagnosticType`.
    #[serde(rename = "DiagnosticType", default, skip_serializing_if = "Option::is_none")]
    pub diagnostic_type: Option<String>,
    /// The time when the node exception ended. The time is in ISO 8601 format with a time zone, in the yyyy-MM-ddTHH:mm:ss+0800 format.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The list of node IDs.
    ///
    /// Wire name: `NodeIds`.
    #[serde(rename = "NodeIds", default, skip_serializing_if = "Option::is_none")]
    pub node_ids: Option<Vec<String>>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl DescribeDiagnosticResultResponse {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The time when the device was created. The time is in ISO 8601 format (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// The diagnostic ID (`DiagnosticId`).
    pub fn diagnostic_id(&self) -> Option<&str> {
        self.diagnostic_id.as_deref()
    }

    /// The diagnostic information (`DiagnosticResults`).
    pub fn diagnostic_results(&self) -> Option<&serde_json::Value> {
        self.diagnostic_results.as_ref()
    }

    /// The diagnostic status (`DiagnosticState`).
    pub fn diagnostic_state(&self) -> Option<&str> {
        self.diagnostic_state.as_deref()
    }

    /// The diagnostic type (`DiagnosticType`).
    pub fn diagnostic_type(&self) -> Option<&str> {
        self.diagnostic_type.as_deref()
    }

    /// The time when the node exception ended. The time is in ISO 8601 format with a time zone, in the yyyy-MM-ddTHH:mm:ss+0800 format (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The list of node IDs (`NodeIds`).
    pub fn node_ids(&self) -> &[String] {
        self.node_ids.as_deref().unwrap_or_default()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeDiagnosticResult",
    command: "describe-diagnostic-result",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "DiagnosticId",
            flag: "diagnostic-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostic ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the device was created. The time is in ISO 8601 format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosticId",
            flag: "diagnostic-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostic ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosticResults",
            flag: "diagnostic-results",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The diagnostic information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosticState",
            flag: "diagnostic-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostic status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosticType",
            flag: "diagnostic-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnostic type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the node exception ended. The time is in ISO 8601 format with a time zone, in the yyyy-MM-ddTHH:mm:ss+0800 format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeIds",
            flag: "node-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of node IDs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
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
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
