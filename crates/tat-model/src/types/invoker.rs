// @generated from spec/tat/2020-10-28/types/Invoker.json by `cargo xtask codegen`; do not edit.
//! The `Invoker` data type.

/// Invoker information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Invoker {
    /// Invoker ID.
    ///
    /// Wire name: `InvokerId`.
    #[serde(rename = "InvokerId", default, skip_serializing_if = "Option::is_none")]
    pub invoker_id: Option<String>,
    /// Invoker name.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Executor type. currently only support SCHEDULE.
    ///
    /// Wire name: `Type`.
    #[serde(rename = "Type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Command ID.
    ///
    /// Wire name: `CommandId`.
    #[serde(rename = "CommandId", default, skip_serializing_if = "Option::is_none")]
    pub command_id: Option<String>,
    /// Username.
    ///
    /// Wire name: `Username`.
    #[serde(rename = "Username", default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Custom parameters.
    ///
    /// Wire name: `Parameters`.
    #[serde(rename = "Parameters", default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<String>,
    /// Instance ID list.
    ///
    /// Wire name: `InstanceIds`.
    #[serde(rename = "InstanceIds", default, skip_serializing_if = "Option::is_none")]
    pub instance_ids: Option<Vec<String>>,
    /// Whether to enable the invoker.
    ///
    /// Wire name: `Enable`.
    #[serde(rename = "Enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// Executor periodic schedule. recurring invoker will return this field.
    ///
    /// Wire name: `ScheduleSettings`.
    #[serde(
        rename = "ScheduleSettings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub schedule_settings: Option<crate::types::ScheduleSettings>,
    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Last modified. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
}

impl Invoker {
    /// Invoker ID (`InvokerId`).
    pub fn invoker_id(&self) -> Option<&str> {
        self.invoker_id.as_deref()
    }

    /// Invoker name (`Name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Executor type. currently only support SCHEDULE (`Type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }

    /// Command ID (`CommandId`).
    pub fn command_id(&self) -> Option<&str> {
        self.command_id.as_deref()
    }

    /// Username (`Username`).
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }

    /// Custom parameters (`Parameters`).
    pub fn parameters(&self) -> Option<&str> {
        self.parameters.as_deref()
    }

    /// Instance ID list (`InstanceIds`).
    pub fn instance_ids(&self) -> &[String] {
        self.instance_ids.as_deref().unwrap_or_default()
    }

    /// Whether to enable the invoker (`Enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }

    /// Executor periodic schedule. recurring invoker will return this field (`ScheduleSettings`).
    pub fn schedule_settings(&self) -> Option<&crate::types::ScheduleSettings> {
        self.schedule_settings.as_ref()
    }

    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Last modified. the format is YYYY-MM-DDThh:MM:ssZ (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }
}

impl Invoker {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invoker",
    description: sdk_shape::Text::en("Invoker information."),
    members: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Invoker ID."),
            example: Some("\"ivk-27yagap9\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Invoker name."),
            example: Some("\"invoker-test\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Executor type. currently only support SCHEDULE.",
            ),
            example: Some("\"SCHEDULE\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Command ID."),
            example: Some("\"cmd-m7uma92n\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Username."),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Custom parameters."),
            example: Some("\"{\\\"var\\\": \\\"1\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Instance ID list."),
            list: true,
            example: Some("[\"ins-yx05ky8j\"]"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en("Whether to enable the invoker."),
            example: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ScheduleSettings",
            flag: "schedule-settings",
            kind: sdk_shape::Kind::Struct(&crate::types::schedule_settings::SHAPE),
            description: sdk_shape::Text::en(
                "Executor periodic schedule. recurring invoker will return this field.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::en(
                "Creation time. the format is YYYY-MM-DDThh:MM:ssZ.",
            ),
            example: Some("\"2021-08-30T06:42:02Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::en(
                "Last modified. the format is YYYY-MM-DDThh:MM:ssZ.",
            ),
            example: Some("\"2021-08-30T06:42:02Z\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
