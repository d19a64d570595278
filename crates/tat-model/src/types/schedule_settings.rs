// @generated from spec/tat/2020-10-28/types/ScheduleSettings.json by `cargo xtask codegen`; do not edit.
//! The `ScheduleSettings` data type.

/// Settings of a scheduled invoker
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ScheduleSettings {
    /// Execution policy.
    ///
    /// - ONCE: one-time execution.
    /// - RECURRENCE: execute periodically.
    ///
    /// Required.
    ///
    /// Wire name: `Policy`.
    #[serde(rename = "Policy", default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<crate::types::SchedulePolicy>,
    /// Trigger the crontab expression. This field is required if `Policy` is `RECURRENCE`. The crontab expression is parsed in UTC+8.
    ///
    /// Crontab (minute hour day-of-month month day-of-week).
    ///
    /// Wire name: `Recurrence`.
    #[serde(rename = "Recurrence", default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<String>,
    /// Next execution time of the executor. this field requires specifying when Policy is ONCE.
    ///
    /// The time format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `InvokeTime`.
    #[serde(rename = "InvokeTime", default, skip_serializing_if = "Option::is_none")]
    pub invoke_time: Option<String>,
}

impl ScheduleSettings {
    /// A `ScheduleSettings` with its required members `Policy`.
    pub fn new(policy: impl Into<crate::types::SchedulePolicy>) -> Self {
        Self {
            policy: Some(policy.into()),
            recurrence: None,
            invoke_time: None,
        }
    }

    /// Sets `Recurrence`: Trigger the crontab expression. This field is required if `Policy` is `RECURRENCE`. The crontab expression is parsed in UTC+8.
    pub fn with_recurrence(mut self, value: impl Into<String>) -> Self {
        self.recurrence = Some(value.into());
        self
    }

    /// Sets `InvokeTime`: Next execution time of the executor. this field requires specifying when Policy is ONCE.
    pub fn with_invoke_time(mut self, value: impl Into<String>) -> Self {
        self.invoke_time = Some(value.into());
        self
    }

    /// Execution policy (`Policy`).
    pub fn policy(&self) -> Option<&crate::types::SchedulePolicy> {
        self.policy.as_ref()
    }

    /// Trigger the crontab expression. This field is required if `Policy` is `RECURRENCE`. The crontab expression is parsed in UTC+8 (`Recurrence`).
    pub fn recurrence(&self) -> Option<&str> {
        self.recurrence.as_deref()
    }

    /// Next execution time of the executor. this field requires specifying when Policy is ONCE (`InvokeTime`).
    pub fn invoke_time(&self) -> Option<&str> {
        self.invoke_time.as_deref()
    }
}

impl ScheduleSettings {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ScheduleSettings",
    description: sdk_shape::Text::both(
        "Settings of a scheduled invoker",
        "周期执行器设置。",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "Policy",
            flag: "policy",
            kind: sdk_shape::Kind::Enum(&crate::types::schedule_policy::SHAPE),
            description: sdk_shape::Text::both(
                "Execution policy.\n\n- ONCE: one-time execution.\n- RECURRENCE: execute periodically.",
                "执行策略：\n\n- ONCE：单次执行\n- RECURRENCE：周期执行",
            ),
            required: true,
            example: Some("\"ONCE\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Recurrence",
            flag: "recurrence",
            kind: sdk_shape::Kind::Crontab,
            description: sdk_shape::Text::both(
                "Trigger the crontab expression. This field is required if `Policy` is `RECURRENCE`. The crontab expression is parsed in UTC+8.",
                "触发 Crontab 表达式。Policy 为 RECURRENCE 时，需要指定此字段。Crontab 按北京时间解析。",
            ),
            example: Some("\"0 0 1 * *\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InvokeTime",
            flag: "invoke-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Next execution time of the executor. this field requires specifying when Policy is ONCE.\n\nThe time format is YYYY-MM-DDThh:MM:ssZ.",
                "执行器下次执行时间。Policy 为 ONCE 时，需要指定此字段。\n\n时间格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-09-01T00:00:00+08:00\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[
        sdk_shape::Rule::RequiredIf {
            member: "Recurrence",
            when: "Policy",
            equals: sdk_shape::RuleValue::String("RECURRENCE"),
        },
        sdk_shape::Rule::RequiredIf {
            member: "InvokeTime",
            when: "Policy",
            equals: sdk_shape::RuleValue::String("ONCE"),
        },
    ],
};
