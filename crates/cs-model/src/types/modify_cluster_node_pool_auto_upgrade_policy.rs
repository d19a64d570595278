// @generated from spec/cs/2015-12-15/types/ModifyClusterNodePoolAutoUpgradePolicy.json by `cargo xtask codegen`; do not edit.
//! The `ModifyClusterNodePoolAutoUpgradePolicy` data type.

/// The auto upgrade policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyClusterNodePoolAutoUpgradePolicy {
    /// Specifies whether to allow automatic kubelet upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:
    ///
    /// - `true`: Allows automatic kubelet upgrade.
    /// - `false`: Does not allow automatic kubelet upgrade.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `auto_upgrade_kubelet`.
    #[serde(
        rename = "auto_upgrade_kubelet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_upgrade_kubelet: Option<bool>,
    /// Specifies whether to allow automatic operating system upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:
    ///
    /// - `true`: Allows automatic operating system upgrade.
    /// - `false`: Does not allow automatic operating system upgrade.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `auto_upgrade_os`.
    #[serde(
        rename = "auto_upgrade_os",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_upgrade_os: Option<bool>,
    /// Specifies whether to allow automatic runtime upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:
    ///
    /// - `true`: Allows automatic runtime upgrade.
    /// - `false`: Does not allow automatic runtime upgrade.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `auto_upgrade_runtime`.
    #[serde(
        rename = "auto_upgrade_runtime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_upgrade_runtime: Option<bool>,
}

impl ModifyClusterNodePoolAutoUpgradePolicy {
    /// Sets `auto_upgrade_kubelet`: Specifies whether to allow automatic kubelet upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:.
    pub fn with_auto_upgrade_kubelet(mut self, value: bool) -> Self {
        self.auto_upgrade_kubelet = Some(value);
        self
    }

    /// Sets `auto_upgrade_os`: Specifies whether to allow automatic operating system upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:.
    pub fn with_auto_upgrade_os(mut self, value: bool) -> Self {
        self.auto_upgrade_os = Some(value);
        self
    }

    /// Sets `auto_upgrade_runtime`: Specifies whether to allow automatic runtime upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:.
    pub fn with_auto_upgrade_runtime(mut self, value: bool) -> Self {
        self.auto_upgrade_runtime = Some(value);
        self
    }

    /// Specifies whether to allow automatic kubelet upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values: (`auto_upgrade_kubelet`).
    pub fn auto_upgrade_kubelet(&self) -> Option<bool> {
        self.auto_upgrade_kubelet
    }

    /// Specifies whether to allow automatic operating system upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values: (`auto_upgrade_os`).
    pub fn auto_upgrade_os(&self) -> Option<bool> {
        self.auto_upgrade_os
    }

    /// Specifies whether to allow automatic runtime upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values: (`auto_upgrade_runtime`).
    pub fn auto_upgrade_runtime(&self) -> Option<bool> {
        self.auto_upgrade_runtime
    }
}

impl ModifyClusterNodePoolAutoUpgradePolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ModifyClusterNodePoolAutoUpgradePolicy",
    description: sdk_shape::Text::en("The auto upgrade policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_upgrade_kubelet",
            flag: "auto-upgrade-kubelet",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow automatic kubelet upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:\n\n- `true`: Allows automatic kubelet upgrade.\n- `false`: Does not allow automatic kubelet upgrade.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_upgrade_os",
            flag: "auto-upgrade-os",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow automatic operating system upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:\n\n- `true`: Allows automatic operating system upgrade.\n- `false`: Does not allow automatic operating system upgrade.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "auto_upgrade_runtime",
            flag: "auto-upgrade-runtime",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow automatic runtime upgrade. This parameter takes effect only when `auto_upgrade=true`. Valid values:\n\n- `true`: Allows automatic runtime upgrade.\n- `false`: Does not allow automatic runtime upgrade.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
