// @generated from spec/eflo-controller/2022-12-15/types/AiJobLogInfo.json by `cargo xtask codegen`; do not edit.
//! The `AiJobLogInfo` data type.

/// The log information.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct AiJobLogInfo {
    /// The task logs.
    ///
    /// Wire name: `AiJobLogs`.
    #[serde(rename = "AiJobLogs", default, skip_serializing_if = "Option::is_none")]
    pub ai_job_logs: Option<Vec<crate::types::AiJobLogs>>,
    /// The end time. The value is in the timestamp format. Unit: seconds.
    ///
    /// > This timestamp must indicate a point in time that is accurate to the minute.
    ///
    /// Wire name: `EndTime`.
    #[serde(rename = "EndTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The start time. The value is in the timestamp format. Unit: seconds.
    ///
    /// > This timestamp must indicate a point in time that is accurate to the minute.
    ///
    /// Wire name: `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
}

impl AiJobLogInfo {
    /// Sets `AiJobLogs`: The task logs.
    pub fn with_ai_job_logs(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::AiJobLogs>>,
    ) -> Self {
        self.ai_job_logs = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `EndTime`: The end time. The value is in the timestamp format. Unit: seconds.
    pub fn with_end_time(mut self, value: impl Into<String>) -> Self {
        self.end_time = Some(value.into());
        self
    }

    /// Sets `StartTime`: The start time. The value is in the timestamp format. Unit: seconds.
    pub fn with_start_time(mut self, value: impl Into<String>) -> Self {
        self.start_time = Some(value.into());
        self
    }

    /// The task logs (`AiJobLogs`).
    pub fn ai_job_logs(&self) -> &[crate::types::AiJobLogs] {
        self.ai_job_logs.as_deref().unwrap_or_default()
    }

    /// The end time. The value is in the timestamp format. Unit: seconds (`EndTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The start time. The value is in the timestamp format. Unit: seconds (`StartTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }
}

impl AiJobLogInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AiJobLogInfo",
    description: sdk_shape::Text::en("The log information."),
    members: &[
        sdk_shape::MemberShape {
            name: "AiJobLogs",
            flag: "ai-job-logs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::ai_job_logs::SHAPE),
            ),
            description: sdk_shape::Text::en("The task logs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "EndTime",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The end time. The value is in the timestamp format. Unit: seconds.\n\n> This timestamp must indicate a point in time that is accurate to the minute.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StartTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time. The value is in the timestamp format. Unit: seconds.\n\n> This timestamp must indicate a point in time that is accurate to the minute.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
