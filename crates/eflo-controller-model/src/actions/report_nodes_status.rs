// @generated from spec/eflo-controller/2022-12-15/actions/ReportNodesStatus.json by `cargo xtask codegen`; do not edit.
//! The `ReportNodesStatus` action:

/// Marker type tying the request and response of `ReportNodesStatus` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportNodesStatus;

impl sdk_shape::Action for ReportNodesStatus {
    type Request = ReportNodesStatusRequest;
    type Response = ReportNodesStatusResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ReportNodesStatus`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ReportNodesStatusRequest {
    /// The description.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The end time of the node issue. The time is in the ISO 8601 format \`yyyy-MM-ddTHH:mm:ss+0800\` and includes the time zone.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The category of the issue. This parameter is required when \`Reason\` is set to \`HardwareError\`. Valid values:
    ///
    /// - hardware-cpu-error: CPU failure
    /// - hardware-gpu-error: GPU failure
    /// - hardware-motherboard-error: Motherboard failure
    /// - hardware-mem-error: Memory failure
    /// - hardware-power-error: Power supply failure
    /// - hardware-disk-error: Disk failure
    /// - hardware-networkcard-error: Network interface card failure
    /// - hardware-fan-error: Fan failure
    /// - hardware-cable-error: Network cable failure
    /// - others: Other
    ///
    /// Wire name: `IssueCategory`.
    #[serde(rename = "IssueCategory", default, skip_serializing_if = "Option::is_none")]
    pub issue_category: Option<String>,
    /// The list of nodes.
    ///
    /// Wire name: `Nodes`.
    #[serde(rename = "Nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
    /// The impact of the issue on the Lingjun node.
    /// Valid values:
    ///
    /// - HardwareError: A hardware error occurred.
    /// - SoftwareError: A software error occurred.
    /// - NetworkError: A network error occurred.
    /// - Others: Other issues. If none of the preceding values apply, set this parameter to \`Others\` and provide details in the \`Description\` parameter.
    ///
    /// Wire name: `Reason`.
    #[serde(rename = "Reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The start time of the node issue. The time is in the ISO 8601 format \`yyyy-MM-ddTHH:mm:ss+0800\` and includes the time zone.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
}

/// Response of `ReportNodesStatus`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReportNodesStatusResponse {
    /// The error message.
    ///
    /// Wire name: `ErrorMessage`.
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ReportNodesStatusResponse {
    /// The error message (`ErrorMessage`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The request ID (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ReportNodesStatus",
    command: "report-nodes-status",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time of the node issue. The time is in the ISO 8601 format \\`yyyy-MM-ddTHH:mm:ss+0800\\` and includes the time zone.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IssueCategory",
            flag: "issue-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The category of the issue. This parameter is required when \\`Reason\\` is set to \\`HardwareError\\`. Valid values:\n\n- hardware-cpu-error: CPU failure\n- hardware-gpu-error: GPU failure\n- hardware-motherboard-error: Motherboard failure\n- hardware-mem-error: Memory failure\n- hardware-power-error: Power supply failure\n- hardware-disk-error: Disk failure\n- hardware-networkcard-error: Network interface card failure\n- hardware-fan-error: Fan failure\n- hardware-cable-error: Network cable failure\n- others: Other",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of nodes."),
            list: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Reason",
            flag: "reason",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The impact of the issue on the Lingjun node.\nValid values:\n\n- HardwareError: A hardware error occurred.\n- SoftwareError: A software error occurred.\n- NetworkError: A network error occurred.\n- Others: Other issues. If none of the preceding values apply, set this parameter to \\`Others\\` and provide details in the \\`Description\\` parameter.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the node issue. The time is in the ISO 8601 format \\`yyyy-MM-ddTHH:mm:ss+0800\\` and includes the time zone.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "ErrorMessage",
            flag: "error-message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The error message."),
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
    rules: &[
        sdk_shape::Rule::RequiredIf {
            member: "IssueCategory",
            when: "Reason",
            equals: sdk_shape::RuleValue::String("HardwareError"),
        },
    ],
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
