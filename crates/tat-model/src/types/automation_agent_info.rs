// @generated from spec/tat/2020-10-28/types/AutomationAgentInfo.json by `cargo xtask codegen`; do not edit.
//! The `AutomationAgentInfo` data type.

/// TAT agent information
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AutomationAgentInfo {
    /// Instance ID.
    ///
    /// Wire name: `InstanceId`.
    #[serde(rename = "InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Agent version.
    ///
    /// Wire name: `Version`.
    #[serde(rename = "Version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Last heartbeat time
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `LastHeartbeatTime`.
    #[serde(
        rename = "LastHeartbeatTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_heartbeat_time: Option<String>,
    /// Agent status. valid values:.
    /// Online: Online, Offline: Offline.
    ///
    /// Wire name: `AgentStatus`.
    #[serde(rename = "AgentStatus", default, skip_serializing_if = "Option::is_none")]
    pub agent_status: Option<String>,
    /// Agent execution environment. valid values: Linux: Linux instance. Windows: Windows instance.
    ///
    /// Wire name: `Environment`.
    #[serde(rename = "Environment", default, skip_serializing_if = "Option::is_none")]
    pub environment: Option<String>,
    /// Features supported by the TAT agent.
    ///
    /// Wire name: `SupportFeatures`.
    #[serde(
        rename = "SupportFeatures",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub support_features: Option<Vec<String>>,
}

impl AutomationAgentInfo {
    /// Instance ID (`InstanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// Agent version (`Version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }

    /// Last heartbeat time (`LastHeartbeatTime`).
    pub fn last_heartbeat_time(&self) -> Option<&str> {
        self.last_heartbeat_time.as_deref()
    }

    /// Agent status. valid values:. Online: Online, Offline: Offline (`AgentStatus`).
    pub fn agent_status(&self) -> Option<&str> {
        self.agent_status.as_deref()
    }

    /// Agent execution environment. valid values: Linux: Linux instance. Windows: Windows instance (`Environment`).
    pub fn environment(&self) -> Option<&str> {
        self.environment.as_deref()
    }

    /// Features supported by the TAT agent (`SupportFeatures`).
    pub fn support_features(&self) -> &[String] {
        self.support_features.as_deref().unwrap_or_default()
    }
}

impl AutomationAgentInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AutomationAgentInfo",
    description: sdk_shape::Text::both(
        "TAT agent information",
        "自动化助手客户端信息",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "InstanceId",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Instance ID.", "实例ID。"),
            example: Some("\"ins-tatxxxyyy\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Agent version.", "Agent 版本号。"),
            example: Some("\"1.0.19\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LastHeartbeatTime",
            flag: "last-heartbeat-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Last heartbeat time",
                "上次心跳时间",
            ),
            example: Some("\"2023-12-11T07:45:27Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "AgentStatus",
            flag: "agent-status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Agent status. valid values:.\nOnline: Online, Offline: Offline.",
                "Agent状态，取值范围：\nOnline：在线，Offline：离线",
            ),
            example: Some("\"Online\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Environment",
            flag: "environment",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Agent execution environment. valid values: Linux: Linux instance. Windows: Windows instance.",
                "Agent运行环境，取值范围：Linux：Linux实例Windows：Windows实例",
            ),
            example: Some("\"Linux\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SupportFeatures",
            flag: "support-features",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Features supported by the TAT agent.",
                "Agent 支持的功能列表。",
            ),
            list: true,
            example: Some("[\"NEW_FEATURE\"]"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
