// @generated from spec/cs/2015-12-15/types/CreateClusterAutoVulFixPolicy.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterAutoVulFixPolicy` data type.

/// The policy for automatic CVE repair.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterAutoVulFixPolicy {
    /// Specifies whether to allow node restarts.
    ///
    /// Wire name: `restart_node`.
    #[serde(rename = "restart_node", default, skip_serializing_if = "Option::is_none")]
    pub restart_node: Option<bool>,
    /// The vulnerability levels that are allowed for automatic repair, separated by commas.
    ///
    /// Wire name: `vul_level`.
    #[serde(rename = "vul_level", default, skip_serializing_if = "Option::is_none")]
    pub vul_level: Option<String>,
}

impl CreateClusterAutoVulFixPolicy {
    /// Sets `restart_node`: Specifies whether to allow node restarts.
    pub fn with_restart_node(mut self, value: bool) -> Self {
        self.restart_node = Some(value);
        self
    }

    /// Sets `vul_level`: The vulnerability levels that are allowed for automatic repair, separated by commas.
    pub fn with_vul_level(mut self, value: impl Into<String>) -> Self {
        self.vul_level = Some(value.into());
        self
    }

    /// Specifies whether to allow node restarts (`restart_node`).
    pub fn restart_node(&self) -> Option<bool> {
        self.restart_node
    }

    /// The vulnerability levels that are allowed for automatic repair, separated by commas (`vul_level`).
    pub fn vul_level(&self) -> Option<&str> {
        self.vul_level.as_deref()
    }
}

impl CreateClusterAutoVulFixPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterAutoVulFixPolicy",
    description: sdk_shape::Text::en("The policy for automatic CVE repair."),
    members: &[
        sdk_shape::MemberShape {
            name: "restart_node",
            flag: "restart-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow node restarts.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vul_level",
            flag: "vul-level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The vulnerability levels that are allowed for automatic repair, separated by commas.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
