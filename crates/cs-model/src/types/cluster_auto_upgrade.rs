// @generated from spec/cs/2015-12-15/types/ClusterAutoUpgrade.json by `cargo xtask codegen`; do not edit.
//! The `ClusterAutoUpgrade` data type.

/// The cluster auto upgrade configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ClusterAutoUpgrade {
    /// The cluster auto upgrade frequency. Valid values:
    ///
    /// - patch: Automatically upgrades to the latest available patch version within the current minor version. The new Kubernetes version does not contain breaking changes.
    /// - stable: Automatically upgrades to the latest patch version of the second-latest minor version. The new Kubernetes version may involve API and feature changes, but its stability has been extensively validated.
    /// - rapid: Automatically upgrades to the latest patch version of the latest minor version, allowing faster access to new features from the Kubernetes community.
    ///
    /// Wire name: `channel`.
    #[serde(rename = "channel", default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Specifies whether to enable cluster auto upgrade.
    ///
    /// - true: Enabled.
    ///
    /// - false: Not enabled.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

impl ClusterAutoUpgrade {
    /// Sets `channel`: The cluster auto upgrade frequency. Valid values:.
    pub fn with_channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(value.into());
        self
    }

    /// Sets `enabled`: Specifies whether to enable cluster auto upgrade.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// The cluster auto upgrade frequency. Valid values: (`channel`).
    pub fn channel(&self) -> Option<&str> {
        self.channel.as_deref()
    }

    /// Specifies whether to enable cluster auto upgrade (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }
}

impl ClusterAutoUpgrade {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ClusterAutoUpgrade",
    description: sdk_shape::Text::en("The cluster auto upgrade configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "channel",
            flag: "channel",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster auto upgrade frequency. Valid values:\n\n- patch: Automatically upgrades to the latest available patch version within the current minor version. The new Kubernetes version does not contain breaking changes.\n- stable: Automatically upgrades to the latest patch version of the second-latest minor version. The new Kubernetes version may involve API and feature changes, but its stability has been extensively validated.\n- rapid: Automatically upgrades to the latest patch version of the latest minor version, allowing faster access to new features from the Kubernetes community.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable cluster auto upgrade.\n\n- true: Enabled.\n\n- false: Not enabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
