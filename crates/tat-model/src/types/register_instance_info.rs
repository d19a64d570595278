// @generated from spec/tat/2020-10-28/types/RegisterInstanceInfo.json by `cargo xtask codegen`; do not edit.
//! The `RegisterInstanceInfo` data type.

/// Register instance info.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RegisterInstanceInfo {
    /// Registration code ID.
    ///
    /// Wire name: `RegisterCodeId`.
    #[serde(rename = "RegisterCodeId", default, skip_serializing_if = "Option::is_none")]
    pub register_code_id: Option<String>,
    /// Managed instance ID.
    ///
    /// Wire name: `InstanceId`.
    #[serde(rename = "InstanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Managed instance name.
    ///
    /// Wire name: `InstanceName`.
    #[serde(rename = "InstanceName", default, skip_serializing_if = "Option::is_none")]
    pub instance_name: Option<String>,
    /// Machine ID.
    ///
    /// Wire name: `MachineId`.
    #[serde(rename = "MachineId", default, skip_serializing_if = "Option::is_none")]
    pub machine_id: Option<String>,
    /// System name. valid values: Linux \| Windows.
    ///
    /// Wire name: `SystemName`.
    #[serde(rename = "SystemName", default, skip_serializing_if = "Option::is_none")]
    pub system_name: Option<String>,
    /// Host name.
    ///
    /// Wire name: `HostName`.
    #[serde(rename = "HostName", default, skip_serializing_if = "Option::is_none")]
    pub host_name: Option<String>,
    /// Private network IP
    ///
    /// Wire name: `LocalIp`.
    #[serde(rename = "LocalIp", default, skip_serializing_if = "Option::is_none")]
    pub local_ip: Option<String>,
    /// Public key.
    ///
    /// Wire name: `PublicKey`.
    #[serde(rename = "PublicKey", default, skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Hosting status.
    /// Return Online means the instance is managed, return Offline means the instance is unhosted.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Last update time. the format is YYYY-MM-DDThh:MM:ssZ.
    ///
    /// ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
    /// Tag.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
}

impl RegisterInstanceInfo {
    /// Registration code ID (`RegisterCodeId`).
    pub fn register_code_id(&self) -> Option<&str> {
        self.register_code_id.as_deref()
    }

    /// Managed instance ID (`InstanceId`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// Managed instance name (`InstanceName`).
    pub fn instance_name(&self) -> Option<&str> {
        self.instance_name.as_deref()
    }

    /// Machine ID (`MachineId`).
    pub fn machine_id(&self) -> Option<&str> {
        self.machine_id.as_deref()
    }

    /// System name. valid values: Linux \| Windows (`SystemName`).
    pub fn system_name(&self) -> Option<&str> {
        self.system_name.as_deref()
    }

    /// Host name (`HostName`).
    pub fn host_name(&self) -> Option<&str> {
        self.host_name.as_deref()
    }

    /// Private network IP (`LocalIp`).
    pub fn local_ip(&self) -> Option<&str> {
        self.local_ip.as_deref()
    }

    /// Public key (`PublicKey`).
    pub fn public_key(&self) -> Option<&str> {
        self.public_key.as_deref()
    }

    /// Hosting status. Return Online means the instance is managed, return Offline means the instance is unhosted (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// Creation time. the format is YYYY-MM-DDThh:MM:ssZ (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Last update time. the format is YYYY-MM-DDThh:MM:ssZ (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }

    /// Tag (`Tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }
}

impl RegisterInstanceInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RegisterInstanceInfo",
    description: sdk_shape::Text::both(
        "Register instance info.",
        "注册实例信息。",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "RegisterCodeId",
            flag: "register-code-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Registration code ID.",
                "注册码ID。",
            ),
            example: Some("\"d0b7xxxx-a6xx-40x9-898x-44c9f508axxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceId",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Managed instance ID.",
                "托管实例ID。",
            ),
            example: Some("\"rins-8d5cxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceName",
            flag: "instance-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Managed instance name.",
                "托管实例名。",
            ),
            example: Some("\"register-test\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MachineId",
            flag: "machine-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Machine ID.", "机器ID。"),
            example: Some("\"00xxxxx-0fxx-xxxx-xxxx-33951xxxxxxx\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SystemName",
            flag: "system-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "System name. valid values: Linux \\| Windows.",
                "系统名。取值：Linux \\| Windows。",
            ),
            example: Some("\"Linux\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "HostName",
            flag: "host-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Host name.", "主机名。"),
            example: Some("\"VM-0-01-ubuntu\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LocalIp",
            flag: "local-ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Private network IP", "内网IP。"),
            example: Some("\"10.0.0.1\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "PublicKey",
            flag: "public-key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both("Public key.", "公钥。"),
            example: Some("\"-----BEGIN RSA PUBLIC KEY-----\\\\nXXXXX...\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Hosting status.\nReturn Online means the instance is managed, return Offline means the instance is unhosted.",
                "托管状态。\n返回Online表示实例正在托管，返回Offline表示实例未托管。",
            ),
            example: Some("\"Online\""),
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
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Last update time. the format is YYYY-MM-DDThh:MM:ssZ.",
                "上次更新时间。格式为：YYYY-MM-DDThh:mm:ssZ",
            ),
            example: Some("\"2025-03-05T20:07:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::both("Tag.", "标签"),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
