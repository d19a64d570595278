// @generated from spec/tat/2020-10-28/types/RegisterCodeInfo.json by `cargo xtask codegen`; do not edit.
//! The `RegisterCodeInfo` data type.

/// Register code info.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct RegisterCodeInfo {
    /// Registration code ID.
    ///
    /// Wire name: `RegisterCodeId`.
    #[serde(rename = "RegisterCodeId", default, skip_serializing_if = "Option::is_none")]
    pub register_code_id: Option<String>,
    /// Describes the registration code.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Prefix of the registered instance name.
    ///
    /// Wire name: `InstanceNamePrefix`.
    #[serde(
        rename = "InstanceNamePrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_name_prefix: Option<String>,
    /// The number of instances the registration code allows.
    ///
    /// Wire name: `RegisterLimit`.
    #[serde(rename = "RegisterLimit", default, skip_serializing_if = "Option::is_none")]
    pub register_limit: Option<i64>,
    /// The expiry date of the registration code is in ISO8601 standard representation and uses UTC time.
    /// The format is YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `ExpiredTime`.
    #[serde(rename = "ExpiredTime", default, skip_serializing_if = "Option::is_none")]
    pub expired_time: Option<String>,
    /// The registration code limits tat_agent to register only from the public outbound ip described by IpAddressRange.
    ///
    /// Wire name: `IpAddressRange`.
    #[serde(rename = "IpAddressRange", default, skip_serializing_if = "Option::is_none")]
    pub ip_address_range: Option<String>,
    /// Is the registration code available.
    ///
    /// Wire name: `Enabled`.
    #[serde(rename = "Enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The number of registered registration codes.
    ///
    /// Wire name: `RegisteredCount`.
    #[serde(
        rename = "RegisteredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_count: Option<i64>,
    /// Registration code creation time, represented as ISO8601 standard and using UTC time.
    /// The format is YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `CreatedTime`.
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "Option::is_none")]
    pub created_time: Option<String>,
    /// Last update time of the registration code, as ISO8601 standard representation and using UTC time.
    /// The format is YYYY-MM-DDThh:MM:ssZ.
    /// Note: This field may return null, indicating that no valid values can be obtained.
    ///
    /// May be null. ISO 8601 date-time.
    ///
    /// Wire name: `UpdatedTime`.
    #[serde(rename = "UpdatedTime", default, skip_serializing_if = "Option::is_none")]
    pub updated_time: Option<String>,
}

impl RegisterCodeInfo {
    /// Registration code ID (`RegisterCodeId`).
    pub fn register_code_id(&self) -> Option<&str> {
        self.register_code_id.as_deref()
    }

    /// Describes the registration code (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Prefix of the registered instance name (`InstanceNamePrefix`).
    pub fn instance_name_prefix(&self) -> Option<&str> {
        self.instance_name_prefix.as_deref()
    }

    /// The number of instances the registration code allows (`RegisterLimit`).
    pub fn register_limit(&self) -> Option<i64> {
        self.register_limit
    }

    /// The expiry date of the registration code is in ISO8601 standard representation and uses UTC time. The format is YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`ExpiredTime`).
    pub fn expired_time(&self) -> Option<&str> {
        self.expired_time.as_deref()
    }

    /// The registration code limits tat_agent to register only from the public outbound ip described by IpAddressRange (`IpAddressRange`).
    pub fn ip_address_range(&self) -> Option<&str> {
        self.ip_address_range.as_deref()
    }

    /// Is the registration code available (`Enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// The number of registered registration codes (`RegisteredCount`).
    pub fn registered_count(&self) -> Option<i64> {
        self.registered_count
    }

    /// Registration code creation time, represented as ISO8601 standard and using UTC time. The format is YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`CreatedTime`).
    pub fn created_time(&self) -> Option<&str> {
        self.created_time.as_deref()
    }

    /// Last update time of the registration code, as ISO8601 standard representation and using UTC time. The format is YYYY-MM-DDThh:MM:ssZ. Note: This field may return null, indicating that no valid values can be obtained (`UpdatedTime`).
    pub fn updated_time(&self) -> Option<&str> {
        self.updated_time.as_deref()
    }
}

impl RegisterCodeInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RegisterCodeInfo",
    description: sdk_shape::Text::both("Register code info.", "注册码信息。"),
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
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Describes the registration code.",
                "注册码描述。",
            ),
            example: Some("\"此注册码用于注册托管实例。\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "InstanceNamePrefix",
            flag: "instance-name-prefix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "Prefix of the registered instance name.",
                "注册实例名称前缀。",
            ),
            example: Some("\"register-test\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegisterLimit",
            flag: "register-limit",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::both(
                "The number of instances the registration code allows.",
                "该注册码允许注册的实例数目。",
            ),
            example: Some("100"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ExpiredTime",
            flag: "expired-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "The expiry date of the registration code is in ISO8601 standard representation and uses UTC time.\nThe format is YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "该注册码的过期时间，按照 ISO8601 标准表示，并且使用 UTC 时间。\n格式为： YYYY-MM-DDThh:mm:ssZ。\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2023-09-07T13:13:29Z\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "IpAddressRange",
            flag: "ip-address-range",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::both(
                "The registration code limits tat_agent to register only from the public outbound ip described by IpAddressRange.",
                "该注册码限制tat_agent只能从IpAddressRange所描述公网出口进行注册。",
            ),
            example: Some("\"133.12.234.0/24\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::both(
                "Is the registration code available.",
                "该注册码是否可用。",
            ),
            example: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RegisteredCount",
            flag: "registered-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::both(
                "The number of registered registration codes.",
                "该注册码已注册数目。",
            ),
            example: Some("10"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "CreatedTime",
            flag: "created-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Registration code creation time, represented as ISO8601 standard and using UTC time.\nThe format is YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "注册码创建时间，按照 ISO8601 标准表示，并且使用 UTC 时间。\n格式为： YYYY-MM-DDThh:mm:ssZ。\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2023-12-01 00:00:00\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UpdatedTime",
            flag: "updated-time",
            kind: sdk_shape::Kind::DateTime,
            description: sdk_shape::Text::both(
                "Last update time of the registration code, as ISO8601 standard representation and using UTC time.\nThe format is YYYY-MM-DDThh:MM:ssZ.\nNote: This field may return null, indicating that no valid values can be obtained.",
                "注册码最近一次更新时间，按照 ISO8601 标准表示，并且使用 UTC 时间。\n格式为： YYYY-MM-DDThh:mm:ssZ。\n注意：此字段可能返回 null，表示取不到有效值。",
            ),
            nullable: true,
            example: Some("\"2023-12-01 00:00:00\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
