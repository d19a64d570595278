// @generated from spec/cs/2015-12-15/types/AutoVulFixPolicy.json by `cargo xtask codegen`; do not edit.
//! The `AutoVulFixPolicy` data type.

/// The CVE auto-repair policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AutoVulFixPolicy {
    /// The packages to be excluded during vulnerability repair.
    ///
    /// Default value: `kernel`.
    ///
    /// Default: `"kernel"`.
    ///
    /// Wire name: `exclude_packages`.
    #[serde(
        rename = "exclude_packages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub exclude_packages: Option<String>,
    /// Specifies whether to allow node restarts. This parameter takes effect only when `auto_vul_fix` is set to `true`. Valid values:
    ///
    /// - `true`: allows node restarts.
    /// - `false`: does not allow node restarts.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `restart_node`.
    #[serde(rename = "restart_node", default, skip_serializing_if = "Option::is_none")]
    pub restart_node: Option<bool>,
    /// The vulnerability levels that are allowed for auto-repair, separated by commas. Example: `asap,later`. Supported vulnerability levels:
    ///
    /// - `asap`: high.
    /// - `later`: medium.
    /// - `nntf`: low.
    ///
    /// Default value: `asap`.
    ///
    /// Default: `"asap"`.
    ///
    /// Wire name: `vul_level`.
    #[serde(rename = "vul_level", default, skip_serializing_if = "Option::is_none")]
    pub vul_level: Option<String>,
}

impl AutoVulFixPolicy {
    /// Sets `exclude_packages`: The packages to be excluded during vulnerability repair.
    pub fn with_exclude_packages(mut self, value: impl Into<String>) -> Self {
        self.exclude_packages = Some(value.into());
        self
    }

    /// Sets `restart_node`: Specifies whether to allow node restarts. This parameter takes effect only when `auto_vul_fix` is set to `true`. Valid values:.
    pub fn with_restart_node(mut self, value: bool) -> Self {
        self.restart_node = Some(value);
        self
    }

    /// Sets `vul_level`: The vulnerability levels that are allowed for auto-repair, separated by commas. Example: `asap,later`. Supported vulnerability levels:.
    pub fn with_vul_level(mut self, value: impl Into<String>) -> Self {
        self.vul_level = Some(value.into());
        self
    }

    /// The packages to be excluded during vulnerability repair (`exclude_packages`).
    pub fn exclude_packages(&self) -> Option<&str> {
        self.exclude_packages.as_deref()
    }

    /// Specifies whether to allow node restarts. This parameter takes effect only when `auto_vul_fix` is set to `true`. Valid values: (`restart_node`).
    pub fn restart_node(&self) -> Option<bool> {
        self.restart_node
    }

    /// The vulnerability levels that are allowed for auto-repair, separated by commas. Example: `asap,later`. Supported vulnerability levels: (`vul_level`).
    pub fn vul_level(&self) -> Option<&str> {
        self.vul_level.as_deref()
    }
}

impl AutoVulFixPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AutoVulFixPolicy",
    description: sdk_shape::Text::en("The CVE auto-repair policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "exclude_packages",
            flag: "exclude-packages",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The packages to be excluded during vulnerability repair.\n\nDefault value: `kernel`.",
            ),
            default: Some("\"kernel\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "restart_node",
            flag: "restart-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow node restarts. This parameter takes effect only when `auto_vul_fix` is set to `true`. Valid values:\n\n- `true`: allows node restarts.\n- `false`: does not allow node restarts.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vul_level",
            flag: "vul-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The vulnerability levels that are allowed for auto-repair, separated by commas. Example: `asap,later`. Supported vulnerability levels:\n\n- `asap`: high.\n- `later`: medium.\n- `nntf`: low.\n\nDefault value: `asap`.",
            ),
            default: Some("\"asap\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
