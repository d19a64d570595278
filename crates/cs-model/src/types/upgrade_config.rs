// @generated from spec/cs/2015-12-15/types/UpgradeConfig.json by `cargo xtask codegen`; do not edit.
//! The `UpgradeConfig` data type.

/// **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpgradeConfig {
    /// **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead.
    ///
    /// Specifies whether to enable auto-upgrade. Valid values:
    ///
    /// - `true`: enables auto-upgrade.
    ///
    /// - `false`: disables auto-upgrade.
    ///
    /// Wire name: `auto_upgrade`.
    #[serde(rename = "auto_upgrade", default, skip_serializing_if = "Option::is_none")]
    pub auto_upgrade: Option<bool>,
    /// The maximum number of unavailable nodes.
    /// Valid values: \[1, 1000\].
    ///
    /// Default value: 1.
    ///
    /// Default: `1`. Minimum: 1. Maximum: 1000.
    ///
    /// Wire name: `max_unavailable`.
    #[serde(
        rename = "max_unavailable",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_unavailable: Option<i64>,
    /// The number of extra nodes. This parameter and `surge_percentage` are mutually exclusive.
    ///
    /// Nodes become unavailable during upgrades. You can create extra nodes to compensate for the cluster load.
    ///
    /// > Do not create more extra nodes than the current number of nodes.
    ///
    /// Wire name: `surge`.
    #[serde(rename = "surge", default, skip_serializing_if = "Option::is_none")]
    pub surge: Option<i64>,
    /// The percentage of extra nodes. This parameter and `surge` are mutually exclusive.
    ///
    /// Number of extra nodes = Percentage of extra nodes × Number of nodes. For example, if the percentage of extra nodes is set to 50% and the number of existing nodes is 6, the number of extra nodes generated is 50% × 6 = 3.
    ///
    /// Wire name: `surge_percentage`.
    #[serde(
        rename = "surge_percentage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub surge_percentage: Option<i64>,
}

impl UpgradeConfig {
    /// Sets `auto_upgrade`: **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead.
    pub fn with_auto_upgrade(mut self, value: bool) -> Self {
        self.auto_upgrade = Some(value);
        self
    }

    /// Sets `max_unavailable`: The maximum number of unavailable nodes. Valid values: \[1, 1000\].
    pub fn with_max_unavailable(mut self, value: i64) -> Self {
        self.max_unavailable = Some(value);
        self
    }

    /// Sets `surge`: The number of extra nodes. This parameter and `surge_percentage` are mutually exclusive.
    pub fn with_surge(mut self, value: i64) -> Self {
        self.surge = Some(value);
        self
    }

    /// Sets `surge_percentage`: The percentage of extra nodes. This parameter and `surge` are mutually exclusive.
    pub fn with_surge_percentage(mut self, value: i64) -> Self {
        self.surge_percentage = Some(value);
        self
    }

    /// **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead (`auto_upgrade`).
    pub fn auto_upgrade(&self) -> Option<bool> {
        self.auto_upgrade
    }

    /// The maximum number of unavailable nodes. Valid values: \[1, 1000\] (`max_unavailable`).
    pub fn max_unavailable(&self) -> Option<i64> {
        self.max_unavailable
    }

    /// The number of extra nodes. This parameter and `surge_percentage` are mutually exclusive (`surge`).
    pub fn surge(&self) -> Option<i64> {
        self.surge
    }

    /// The percentage of extra nodes. This parameter and `surge` are mutually exclusive (`surge_percentage`).
    pub fn surge_percentage(&self) -> Option<i64> {
        self.surge_percentage
    }
}

impl UpgradeConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "UpgradeConfig",
    description: sdk_shape::Text::en(
        "**\\[Deprecated\\]** Use the upper-level `auto_upgrade` parameter instead.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_upgrade",
            flag: "auto-upgrade",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the upper-level `auto_upgrade` parameter instead.\n\nSpecifies whether to enable auto-upgrade. Valid values:\n\n- `true`: enables auto-upgrade.\n\n- `false`: disables auto-upgrade.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_unavailable",
            flag: "max-unavailable",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of unavailable nodes.\nValid values: \\[1, 1000\\].\n\nDefault value: 1.",
            ),
            default: Some("1"),
            minimum: Some(1i64),
            maximum: Some(1000i64),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "surge",
            flag: "surge",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of extra nodes. This parameter and `surge_percentage` are mutually exclusive.\n\nNodes become unavailable during upgrades. You can create extra nodes to compensate for the cluster load.\n\n> Do not create more extra nodes than the current number of nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "surge_percentage",
            flag: "surge-percentage",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The percentage of extra nodes. This parameter and `surge` are mutually exclusive.\n\nNumber of extra nodes = Percentage of extra nodes × Number of nodes. For example, if the percentage of extra nodes is set to 50% and the number of existing nodes is 6, the number of extra nodes generated is 50% × 6 = 3.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
