// @generated from spec/cs/2015-12-15/types/CreateClusterNodePoolManagement.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterNodePoolManagement` data type.

/// The configurations for the managed node pool feature.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterNodePoolManagement {
    /// Specifies whether to enable ECS fault detection for node auto-healing.
    ///
    /// Wire name: `auto_fault_diagnosis`.
    #[serde(
        rename = "auto_fault_diagnosis",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_fault_diagnosis: Option<bool>,
    /// Specifies whether to automatically repair nodes. This parameter takes effect only when `enable` is set to `true`.
    ///
    /// - `true`: automatically repairs nodes.
    ///
    /// - `false`: does not automatically repair nodes.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
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
    pub auto_repair_policy: Option<crate::types::CreateClusterNodePoolAutoRepairPolicy>,
    /// Specifies whether to automatically upgrade nodes. This parameter takes effect only when `enable` is set to `true`.
    ///
    /// - `true`: enables auto-upgrade.
    /// - `false`: disables auto-upgrade.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `auto_upgrade`.
    #[serde(rename = "auto_upgrade", default, skip_serializing_if = "Option::is_none")]
    pub auto_upgrade: Option<bool>,
    /// The auto-upgrade policy for nodes.
    ///
    /// Wire name: `auto_upgrade_policy`.
    #[serde(
        rename = "auto_upgrade_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_upgrade_policy: Option<
        crate::types::CreateClusterNodePoolAutoUpgradePolicy,
    >,
    /// Specifies whether to automatically repair Common Vulnerabilities and Exposures (CVE) vulnerabilities. This parameter takes effect only when `enable` is set to `true`.
    ///
    /// - `true`: allows automatic CVE repairs.
    /// - `false`: does not allow automatic CVE repairs.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `auto_vul_fix`.
    #[serde(rename = "auto_vul_fix", default, skip_serializing_if = "Option::is_none")]
    pub auto_vul_fix: Option<bool>,
    /// The CVE auto-repair policy.
    ///
    /// Wire name: `auto_vul_fix_policy`.
    #[serde(
        rename = "auto_vul_fix_policy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_vul_fix_policy: Option<crate::types::AutoVulFixPolicy>,
    /// Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. It is not supported by regular node pools.
    ///
    /// Wire name: `drift_enabled`.
    #[serde(rename = "drift_enabled", default, skip_serializing_if = "Option::is_none")]
    pub drift_enabled: Option<bool>,
    /// Specifies whether to enable the managed feature for the node pool. Valid values:
    ///
    /// - `true`: enables the managed feature.
    ///
    /// - `false`: disables the managed feature. Other related configurations take effect only when `enable` is set to `true`.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead.
    ///
    /// The auto-upgrade configurations. This parameter takes effect only when `enable` is set to `true`.
    ///
    /// Wire name: `upgrade_config`.
    #[serde(rename = "upgrade_config", default, skip_serializing_if = "Option::is_none")]
    pub upgrade_config: Option<crate::types::UpgradeConfig>,
}

impl CreateClusterNodePoolManagement {
    /// Sets `auto_fault_diagnosis`: Specifies whether to enable ECS fault detection for node auto-healing.
    pub fn with_auto_fault_diagnosis(mut self, value: bool) -> Self {
        self.auto_fault_diagnosis = Some(value);
        self
    }

    /// Sets `auto_repair`: Specifies whether to automatically repair nodes. This parameter takes effect only when `enable` is set to `true`.
    pub fn with_auto_repair(mut self, value: bool) -> Self {
        self.auto_repair = Some(value);
        self
    }

    /// Sets `auto_repair_policy`: The auto-repair policy for nodes.
    pub fn with_auto_repair_policy(
        mut self,
        value: impl Into<crate::types::CreateClusterNodePoolAutoRepairPolicy>,
    ) -> Self {
        self.auto_repair_policy = Some(value.into());
        self
    }

    /// Sets `auto_upgrade`: Specifies whether to automatically upgrade nodes. This parameter takes effect only when `enable` is set to `true`.
    pub fn with_auto_upgrade(mut self, value: bool) -> Self {
        self.auto_upgrade = Some(value);
        self
    }

    /// Sets `auto_upgrade_policy`: The auto-upgrade policy for nodes.
    pub fn with_auto_upgrade_policy(
        mut self,
        value: impl Into<crate::types::CreateClusterNodePoolAutoUpgradePolicy>,
    ) -> Self {
        self.auto_upgrade_policy = Some(value.into());
        self
    }

    /// Sets `auto_vul_fix`: Specifies whether to automatically repair Common Vulnerabilities and Exposures (CVE) vulnerabilities. This parameter takes effect only when `enable` is set to `true`.
    pub fn with_auto_vul_fix(mut self, value: bool) -> Self {
        self.auto_vul_fix = Some(value);
        self
    }

    /// Sets `auto_vul_fix_policy`: The CVE auto-repair policy.
    pub fn with_auto_vul_fix_policy(
        mut self,
        value: impl Into<crate::types::AutoVulFixPolicy>,
    ) -> Self {
        self.auto_vul_fix_policy = Some(value.into());
        self
    }

    /// Sets `drift_enabled`: Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. It is not supported by regular node pools.
    pub fn with_drift_enabled(mut self, value: bool) -> Self {
        self.drift_enabled = Some(value);
        self
    }

    /// Sets `enable`: Specifies whether to enable the managed feature for the node pool. Valid values:.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }

    /// Sets `upgrade_config`: **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead.
    pub fn with_upgrade_config(
        mut self,
        value: impl Into<crate::types::UpgradeConfig>,
    ) -> Self {
        self.upgrade_config = Some(value.into());
        self
    }

    /// Specifies whether to enable ECS fault detection for node auto-healing (`auto_fault_diagnosis`).
    pub fn auto_fault_diagnosis(&self) -> Option<bool> {
        self.auto_fault_diagnosis
    }

    /// Specifies whether to automatically repair nodes. This parameter takes effect only when `enable` is set to `true` (`auto_repair`).
    pub fn auto_repair(&self) -> Option<bool> {
        self.auto_repair
    }

    /// The auto-repair policy for nodes (`auto_repair_policy`).
    pub fn auto_repair_policy(
        &self,
    ) -> Option<&crate::types::CreateClusterNodePoolAutoRepairPolicy> {
        self.auto_repair_policy.as_ref()
    }

    /// Specifies whether to automatically upgrade nodes. This parameter takes effect only when `enable` is set to `true` (`auto_upgrade`).
    pub fn auto_upgrade(&self) -> Option<bool> {
        self.auto_upgrade
    }

    /// The auto-upgrade policy for nodes (`auto_upgrade_policy`).
    pub fn auto_upgrade_policy(
        &self,
    ) -> Option<&crate::types::CreateClusterNodePoolAutoUpgradePolicy> {
        self.auto_upgrade_policy.as_ref()
    }

    /// Specifies whether to automatically repair Common Vulnerabilities and Exposures (CVE) vulnerabilities. This parameter takes effect only when `enable` is set to `true` (`auto_vul_fix`).
    pub fn auto_vul_fix(&self) -> Option<bool> {
        self.auto_vul_fix
    }

    /// The CVE auto-repair policy (`auto_vul_fix_policy`).
    pub fn auto_vul_fix_policy(&self) -> Option<&crate::types::AutoVulFixPolicy> {
        self.auto_vul_fix_policy.as_ref()
    }

    /// Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. It is not supported by regular node pools (`drift_enabled`).
    pub fn drift_enabled(&self) -> Option<bool> {
        self.drift_enabled
    }

    /// Specifies whether to enable the managed feature for the node pool. Valid values: (`enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }

    /// **\[Deprecated\]** Use the upper-level `auto_upgrade` parameter instead (`upgrade_config`).
    pub fn upgrade_config(&self) -> Option<&crate::types::UpgradeConfig> {
        self.upgrade_config.as_ref()
    }
}

impl CreateClusterNodePoolManagement {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterNodePoolManagement",
    description: sdk_shape::Text::en(
        "The configurations for the managed node pool feature.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_fault_diagnosis",
            flag: "auto-fault-diagnosis",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable ECS fault detection for node auto-healing.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_repair",
            flag: "auto-repair",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically repair nodes. This parameter takes effect only when `enable` is set to `true`.\n\n- `true`: automatically repairs nodes.\n\n- `false`: does not automatically repair nodes.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_repair_policy",
            flag: "auto-repair-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_node_pool_auto_repair_policy::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The auto-repair policy for nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_upgrade",
            flag: "auto-upgrade",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically upgrade nodes. This parameter takes effect only when `enable` is set to `true`.\n\n- `true`: enables auto-upgrade.\n- `false`: disables auto-upgrade.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_upgrade_policy",
            flag: "auto-upgrade-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::create_cluster_node_pool_auto_upgrade_policy::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The auto-upgrade policy for nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_vul_fix",
            flag: "auto-vul-fix",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to automatically repair Common Vulnerabilities and Exposures (CVE) vulnerabilities. This parameter takes effect only when `enable` is set to `true`.\n\n- `true`: allows automatic CVE repairs.\n- `false`: does not allow automatic CVE repairs.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_vul_fix_policy",
            flag: "auto-vul-fix-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::auto_vul_fix_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The CVE auto-repair policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "drift_enabled",
            flag: "drift-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the node rotation capability. This feature is supported only by intelligent managed node pools and is enabled by default. It is not supported by regular node pools.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable the managed feature for the node pool. Valid values:\n\n- `true`: enables the managed feature.\n\n- `false`: disables the managed feature. Other related configurations take effect only when `enable` is set to `true`.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "upgrade_config",
            flag: "upgrade-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::upgrade_config::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the upper-level `auto_upgrade` parameter instead.\n\nThe auto-upgrade configurations. This parameter takes effect only when `enable` is set to `true`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
