// @generated from spec/cs/2015-12-15/types/MaintenanceWindow.json by `cargo xtask codegen`; do not edit.
//! The `MaintenanceWindow` data type.

/// The cluster O&M window.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceWindow {
    /// The maintenance duration. Valid values: 1 to 24. Unit: hours.
    ///
    /// Default value: 3h.
    ///
    /// Default: `"3h"`.
    ///
    /// Wire name: `duration`.
    #[serde(rename = "duration", default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// Specifies whether to enable the maintenance window. Valid values:
    ///
    /// - `true`: Enables the maintenance window.
    /// - `false`: Does not enable the maintenance window.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The list of exclusions for the maintenance window. A maximum of 10 exclusions are supported. Exclusions take precedence over the maintenance window. If an active exclusion covers an O&M type, the O&M operation is not performed even if the current time is within the maintenance window. If multiple exclusions are active at the same time, the union of the exclusions is applied. The total number of NoOperations and NoUpgrades exclusions cannot exceed 3. Only one-time periods are supported. Periodic configurations are not supported.
    ///
    /// Wire name: `exclusions`.
    #[serde(rename = "exclusions", default, skip_serializing_if = "Option::is_none")]
    pub exclusions: Option<Vec<crate::types::Exclusions>>,
    /// The start time of the maintenance window. The time must be in the RFC 3339 standard format.
    ///
    /// Wire name: `maintenance_time`.
    #[serde(
        rename = "maintenance_time",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maintenance_time: Option<String>,
    /// The recurrence rule for the maintenance window, defined by using the RFC 5545 Recurrence Rule syntax. Only FREQ=WEEKLY is supported. COUNT and UNTIL are not supported.
    ///
    /// Wire name: `recurrence`.
    #[serde(rename = "recurrence", default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<String>,
    /// The weekly maintenance period. Separate multiple values with commas (,). Valid values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, and Sunday.
    ///
    /// Default value: `Thursday`.
    ///
    /// Default: `"Thursday"`.
    ///
    /// Wire name: `weekly_period`.
    #[serde(rename = "weekly_period", default, skip_serializing_if = "Option::is_none")]
    pub weekly_period: Option<crate::types::WeeklyPeriod>,
}

impl MaintenanceWindow {
    /// Sets `duration`: The maintenance duration. Valid values: 1 to 24. Unit: hours.
    pub fn with_duration(mut self, value: impl Into<String>) -> Self {
        self.duration = Some(value.into());
        self
    }

    /// Sets `enable`: Specifies whether to enable the maintenance window. Valid values:.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }

    /// Sets `exclusions`: The list of exclusions for the maintenance window. A maximum of 10 exclusions are supported. Exclusions take precedence over the maintenance window. If an active exclusion covers an O&M type, the O&M operation is not performed even if the current time is within the maintenance window. If multiple exclusions are active at the same time, the union of the exclusions is applied. The total number of NoOperations and NoUpgrades exclusions cannot exceed 3. Only one-time periods are supported. Periodic configurations are not supported.
    pub fn with_exclusions(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Exclusions>>,
    ) -> Self {
        self.exclusions = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `maintenance_time`: The start time of the maintenance window. The time must be in the RFC 3339 standard format.
    pub fn with_maintenance_time(mut self, value: impl Into<String>) -> Self {
        self.maintenance_time = Some(value.into());
        self
    }

    /// Sets `recurrence`: The recurrence rule for the maintenance window, defined by using the RFC 5545 Recurrence Rule syntax. Only FREQ=WEEKLY is supported. COUNT and UNTIL are not supported.
    pub fn with_recurrence(mut self, value: impl Into<String>) -> Self {
        self.recurrence = Some(value.into());
        self
    }

    /// Sets `weekly_period`: The weekly maintenance period. Separate multiple values with commas (,). Valid values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, and Sunday.
    pub fn with_weekly_period(
        mut self,
        value: impl Into<crate::types::WeeklyPeriod>,
    ) -> Self {
        self.weekly_period = Some(value.into());
        self
    }

    /// The maintenance duration. Valid values: 1 to 24. Unit: hours (`duration`).
    pub fn duration(&self) -> Option<&str> {
        self.duration.as_deref()
    }

    /// Specifies whether to enable the maintenance window. Valid values: (`enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }

    /// The list of exclusions for the maintenance window. A maximum of 10 exclusions are supported. Exclusions take precedence over the maintenance window. If an active exclusion covers an O&M type, the O&M operation is not performed even if the current time is within the maintenance window. If multiple exclusions are active at the same time, the union of the exclusions is applied. The total number of NoOperations and NoUpgrades exclusions cannot exceed 3. Only one-time periods are supported. Periodic configurations are not supported (`exclusions`).
    pub fn exclusions(&self) -> &[crate::types::Exclusions] {
        self.exclusions.as_deref().unwrap_or_default()
    }

    /// The start time of the maintenance window. The time must be in the RFC 3339 standard format (`maintenance_time`).
    pub fn maintenance_time(&self) -> Option<&str> {
        self.maintenance_time.as_deref()
    }

    /// The recurrence rule for the maintenance window, defined by using the RFC 5545 Recurrence Rule syntax. Only FREQ=WEEKLY is supported. COUNT and UNTIL are not supported (`recurrence`).
    pub fn recurrence(&self) -> Option<&str> {
        self.recurrence.as_deref()
    }

    /// The weekly maintenance period. Separate multiple values with commas (,). Valid values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, and Sunday (`weekly_period`).
    pub fn weekly_period(&self) -> Option<&crate::types::WeeklyPeriod> {
        self.weekly_period.as_ref()
    }
}

impl MaintenanceWindow {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "MaintenanceWindow",
    description: sdk_shape::Text::en("The cluster O&M window."),
    members: &[
        sdk_shape::MemberShape {
            name: "duration",
            flag: "duration",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The maintenance duration. Valid values: 1 to 24. Unit: hours.\n\nDefault value: 3h.",
            ),
            default: Some("\"3h\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the maintenance window. Valid values:\n\n- `true`: Enables the maintenance window.\n- `false`: Does not enable the maintenance window.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "exclusions",
            flag: "exclusions",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::exclusions::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of exclusions for the maintenance window. A maximum of 10 exclusions are supported. Exclusions take precedence over the maintenance window. If an active exclusion covers an O&M type, the O&M operation is not performed even if the current time is within the maintenance window. If multiple exclusions are active at the same time, the union of the exclusions is applied. The total number of NoOperations and NoUpgrades exclusions cannot exceed 3. Only one-time periods are supported. Periodic configurations are not supported.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "maintenance_time",
            flag: "maintenance-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the maintenance window. The time must be in the RFC 3339 standard format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "recurrence",
            flag: "recurrence",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The recurrence rule for the maintenance window, defined by using the RFC 5545 Recurrence Rule syntax. Only FREQ=WEEKLY is supported. COUNT and UNTIL are not supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "weekly_period",
            flag: "weekly-period",
            kind: sdk_shape::Kind::Enum(&crate::types::weekly_period::SHAPE),
            description: sdk_shape::Text::en(
                "The weekly maintenance period. Separate multiple values with commas (,). Valid values: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, and Sunday.\n\nDefault value: `Thursday`.",
            ),
            default: Some("\"Thursday\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
