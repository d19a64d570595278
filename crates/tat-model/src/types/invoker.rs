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
    /// 标签信息。
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
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

    /// 标签信息 (`Tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
}

impl Invoker {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invoker",
    description: sdk_shape::Text::both("Invoker information.", "执行器信息。"),
    members: &[
        sdk_shape::MemberShape {
            name: "InvokerId",
            flag: "invoker-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Invoker ID.", "执行器ID。"),
            example: Some("\"ivk-27yagap9\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Invoker name.", "执行器名称。"),
            example: Some("\"invoker-test\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Executor type. currently only support SCHEDULE.",
                "执行器类型。目前仅支持 SCHEDULE 一种。",
            ),
            example: Some("\"SCHEDULE\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CommandId",
            flag: "command-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Command ID.", "命令ID。"),
            example: Some("\"cmd-m7uma92n\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Username",
            flag: "username",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Username.", "用户名。"),
            example: Some("\"root\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Parameters",
            flag: "parameters",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Custom parameters.",
                "自定义参数。",
            ),
            example: Some("\"{\\\"var\\\": \\\"1\\\"}\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceIds",
            flag: "instance-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Instance ID list.", "实例ID列表。"),
            list: true,
            example: Some("[\"ins-yx05ky8j\"]"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Whether to enable the invoker.",
                "执行器是否启用。",
            ),
            example: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ScheduleSettings",
            flag: "schedule-settings",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::schedule_settings::SHAPE),
            ),
            description: sdk_shape::Text::both(
                "Executor periodic schedule. recurring invoker will return this field.",
                "执行器周期计划。周期执行器会返回此字段。",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Creation time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "创建时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-08-30T06:42:02Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Last modified. the format is YYYY-MM-DDThh:MM:ssZ.",
                "修改时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2021-08-30T06:42:02Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::zh("标签信息。"),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
