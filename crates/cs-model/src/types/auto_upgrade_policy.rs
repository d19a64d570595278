// @generated from spec/cs/2015-12-15/types/AutoUpgradePolicy.json by `cargo xtask codegen`; do not edit.
//! The `AutoUpgradePolicy` data type.

/// The auto-upgrade policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AutoUpgradePolicy {
    /// Specifies whether to allow automatic kubelet upgrades. This parameter takes effect only when auto_upgrade is set to true. Valid values:
    ///
    /// - true: Automatic kubelet upgrades are allowed.
    /// - false: Automatic kubelet upgrades are not allowed.
    ///
    /// Wire name: `auto_upgrade_kubelet`.
    #[serde(
        rename = "auto_upgrade_kubelet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_upgrade_kubelet: Option<bool>,
}

impl AutoUpgradePolicy {
    /// Sets `auto_upgrade_kubelet`: Specifies whether to allow automatic kubelet upgrades. This parameter takes effect only when auto_upgrade is set to true. Valid values:.
    pub fn with_auto_upgrade_kubelet(mut self, value: bool) -> Self {
        self.auto_upgrade_kubelet = Some(value);
        self
    }

    /// Specifies whether to allow automatic kubelet upgrades. This parameter takes effect only when auto_upgrade is set to true. Valid values: (`auto_upgrade_kubelet`).
    pub fn auto_upgrade_kubelet(&self) -> Option<bool> {
        self.auto_upgrade_kubelet
    }
}

impl AutoUpgradePolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AutoUpgradePolicy",
    description: sdk_shape::Text::en("The auto-upgrade policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "auto_upgrade_kubelet",
            flag: "auto-upgrade-kubelet",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow automatic kubelet upgrades. This parameter takes effect only when auto_upgrade is set to true. Valid values:\n\n- true: Automatic kubelet upgrades are allowed.\n- false: Automatic kubelet upgrades are not allowed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
