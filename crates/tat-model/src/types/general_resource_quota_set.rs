// @generated from spec/tat/2020-10-28/types/GeneralResourceQuotaSet.json by `cargo xtask codegen`; do not edit.
//! The `GeneralResourceQuotaSet` data type.

/// User quota information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GeneralResourceQuotaSet {
    /// Resource name
    ///
    /// Value is:.
    ///
    /// - COMMAND: COMMAND.
    /// - REGISTER_CODE: managed instance registration code.
    ///
    /// Wire name: `ResourceName`.
    #[serde(rename = "ResourceName", default, skip_serializing_if = "Option::is_none")]
    pub resource_name: Option<crate::types::ResourceName>,
    /// Used credit limit.
    ///
    /// Wire name: `ResourceQuotaUsed`.
    #[serde(
        rename = "ResourceQuotaUsed",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_quota_used: Option<i64>,
    /// Total quota.
    ///
    /// Wire name: `ResourceQuotaTotal`.
    #[serde(
        rename = "ResourceQuotaTotal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_quota_total: Option<i64>,
}

impl GeneralResourceQuotaSet {
    /// Resource name (`ResourceName`).
    pub fn resource_name(&self) -> Option<&crate::types::ResourceName> {
        self.resource_name.as_ref()
    }

    /// Used credit limit (`ResourceQuotaUsed`).
    pub fn resource_quota_used(&self) -> Option<i64> {
        self.resource_quota_used
    }

    /// Total quota (`ResourceQuotaTotal`).
    pub fn resource_quota_total(&self) -> Option<i64> {
        self.resource_quota_total
    }
}

impl GeneralResourceQuotaSet {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "GeneralResourceQuotaSet",
    description: sdk_shape::Text::both(
        "User quota information.",
        "用户配额信息。",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "ResourceName",
            flag: "resource-name",
            kind: sdk_shape::Kind::Enum(&crate::types::resource_name::SHAPE),
            description: sdk_shape::Text::both(
                "Resource name\n\nValue is:.\n\n- COMMAND: COMMAND.\n- REGISTER_CODE: managed instance registration code.",
                "资源名称\n\n取值为：\n\n- COMMAND：命令\n- REGISTER_CODE：托管实例注册码",
            ),
            example: Some("\"COMMAND\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceQuotaUsed",
            flag: "resource-quota-used",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::both("Used credit limit.", "已使用额度"),
            example: Some("200"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceQuotaTotal",
            flag: "resource-quota-total",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::both("Total quota.", "总额度"),
            example: Some("500"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
