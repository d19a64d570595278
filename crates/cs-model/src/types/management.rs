// @generated from spec/cs/2015-12-15/types/Management.json by `cargo xtask codegen`; do not edit.
//! The `Management` data type.

/// The managed node pool configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Management {
    /// Specifies whether to enable ECS fault detection for node self-healing.
    ///
    /// Wire name: `auto_fault_diagnosis`.
    #[serde(
        rename = "auto_fault_diagnosis",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_fault_diagnosis: Option<bool>,
    /// The auto repair feature. This feature takes effect only when `enable` is set to `true`. Valid values:
    ///
    /// - `true`: enables auto repair.
    /// - `false`: disables auto repair.
    ///
    /// Wire name: `auto_repair`.
    #[serde(rename = "auto_repair", default, skip_serializing_if = "Option::is_none")]
    pub auto_repair: Option<bool>,
    /// The auto-repair policy for nodes.
    ///
    /// Wire name: `auto_repair_policy`.
    #[serde(
        rename = "auto_repair_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_policy: Option<crate::types::AutoRepairPolicy>,
    /// Specifies whether to automatically upgrade nodes. This parameter takes effect only when enable is set to true. Valid values:
    ///
    /// - true: Auto-upgrade is enabled.
    /// - false: Auto-upgrade is disabled.
    ///
    /// Wire name: `auto_upgrade`.
    #[serde(rename = "auto_upgrade", default, skip_serializing_if = "Option::is_none")]
    pub auto_upgrade: Option<bool>,
    /// The auto-upgrade policy.
    ///
    /// Wire name: `auto_upgrade_policy`.
    #[serde(
        rename = "auto_upgrade_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_upgrade_policy: Option<crate::types::AutoUpgradePolicy>,
    /// Specifies whether to automatically fix CVEs. This parameter takes effect only when enable is set to true. Valid values:
    ///
    /// - true: Automatic CVE fixes are allowed.
    /// - false: Automatic CVE fixes are not allowed.
    ///
    /// Wire name: `auto_vul_fix`.
    #[serde(rename = "auto_vul_fix", default, skip_serializing_if = "Option::is_none")]
    pub auto_vul_fix: Option<bool>,
    /// The automatic CVE fix policy.
    ///
    /// Wire name: `auto_vul_fix_policy`.
    #[serde(
        rename = "auto_vul_fix_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_vul_fix_policy: Option<crate::types::AutoVulFixPolicy>,
    /// Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. Common node pools do not support this feature.
    ///
    /// Wire name: `drift_enabled`.
    #[serde(rename = "drift_enabled", default, skip_serializing_if = "Option::is_none")]
    pub drift_enabled: Option<bool>,
    /// Specifies whether to enable the managed node pool. Valid values:
    ///
    /// - true: The managed node pool is enabled.
    /// - false: The managed node pool is disabled. Other related configurations take effect only when enable is set to true.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The auto-upgrade configuration. This parameter takes effect only when enable is set to true.
    ///
    /// Wire name: `upgrade_config`.
    #[serde(rename = "upgrade_config", default, skip_serializing_if = "Option::is_none")]
    pub upgrade_config: Option<crate::types::UpgradeConfig>,
}

impl Management {
    /// Specifies whether to enable ECS fault detection for node self-healing (`auto_fault_diagnosis`).
    pub fn auto_fault_diagnosis(&self) -> Option<bool> {
        self.auto_fault_diagnosis
    }

    /// The auto repair feature. This feature takes effect only when `enable` is set to `true`. Valid values: (`auto_repair`).
    pub fn auto_repair(&self) -> Option<bool> {
        self.auto_repair
    }

    /// The auto-repair policy for nodes (`auto_repair_policy`).
    pub fn auto_repair_policy(&self) -> Option<&crate::types::AutoRepairPolicy> {
        self.auto_repair_policy.as_ref()
    }

    /// Specifies whether to automatically upgrade nodes. This parameter takes effect only when enable is set to true. Valid values: (`auto_upgrade`).
    pub fn auto_upgrade(&self) -> Option<bool> {
        self.auto_upgrade
    }

    /// The auto-upgrade policy (`auto_upgrade_policy`).
    pub fn auto_upgrade_policy(&self) -> Option<&crate::types::AutoUpgradePolicy> {
        self.auto_upgrade_policy.as_ref()
    }

    /// Specifies whether to automatically fix CVEs. This parameter takes effect only when enable is set to true. Valid values: (`auto_vul_fix`).
    pub fn auto_vul_fix(&self) -> Option<bool> {
        self.auto_vul_fix
    }

    /// The automatic CVE fix policy (`auto_vul_fix_policy`).
    pub fn auto_vul_fix_policy(&self) -> Option<&crate::types::AutoVulFixPolicy> {
        self.auto_vul_fix_policy.as_ref()
    }

    /// Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. Common node pools do not support this feature (`drift_enabled`).
    pub fn drift_enabled(&self) -> Option<bool> {
        self.drift_enabled
    }

    /// Specifies whether to enable the managed node pool. Valid values: (`enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }

    /// The auto-upgrade configuration. This parameter takes effect only when enable is set to true (`upgrade_config`).
    pub fn upgrade_config(&self) -> Option<&crate::types::UpgradeConfig> {
        self.upgrade_config.as_ref()
    }
}

impl Management {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Management",
    description: sdk_shape::Text::en("The managed node pool configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_fault_diagnosis",
            flag: "auto-fault-diagnosis",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable ECS fault detection for node self-healing.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_repair",
            flag: "auto-repair",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "The auto repair feature. This feature takes effect only when `enable` is set to `true`. Valid values:\n\n- `true`: enables auto repair.\n- `false`: disables auto repair.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_repair_policy",
            flag: "auto-repair-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_repair_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The auto-repair policy for nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_upgrade",
            flag: "auto-upgrade",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically upgrade nodes. This parameter takes effect only when enable is set to true. Valid values:\n\n- true: Auto-upgrade is enabled.\n- false: Auto-upgrade is disabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_upgrade_policy",
            flag: "auto-upgrade-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_upgrade_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The auto-upgrade policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_vul_fix",
            flag: "auto-vul-fix",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically fix CVEs. This parameter takes effect only when enable is set to true. Valid values:\n\n- true: Automatic CVE fixes are allowed.\n- false: Automatic CVE fixes are not allowed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_vul_fix_policy",
            flag: "auto-vul-fix-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_vul_fix_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The automatic CVE fix policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "drift_enabled",
            flag: "drift-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. Common node pools do not support this feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the managed node pool. Valid values:\n\n- true: The managed node pool is enabled.\n- false: The managed node pool is disabled. Other related configurations take effect only when enable is set to true.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "upgrade_config",
            flag: "upgrade-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::upgrade_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The auto-upgrade configuration. This parameter takes effect only when enable is set to true.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
