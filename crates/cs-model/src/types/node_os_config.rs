// @generated from spec/cs/2015-12-15/types/NodeOsConfig.json by `cargo xtask codegen`; do not edit.
//! The `NodeOsConfig` data type.

/// The operating system configuration of the node.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct NodeOsConfig {
    /// The Transparent HugePages configuration.
    ///
    /// Wire name: `hugepage`.
    #[serde(rename = "hugepage", default, skip_serializing_if = "Option::is_none")]
    pub hugepage: Option<crate::types::Hugepage>,
    /// The sysctl kernel parameter settings. Only some kernel parameters are supported, and the cluster version must be 1.28 or later.
    ///
    /// Wire name: `sysctl`.
    #[serde(rename = "sysctl", default, skip_serializing_if = "Option::is_none")]
    pub sysctl: Option<serde_json::Value>,
}

impl NodeOsConfig {
    /// Sets `hugepage`: The Transparent HugePages configuration.
    pub fn with_hugepage(mut self, value: impl Into<crate::types::Hugepage>) -> Self {
        self.hugepage = Some(value.into());
        self
    }

    /// Sets `sysctl`: The sysctl kernel parameter settings. Only some kernel parameters are supported, and the cluster version must be 1.28 or later.
    pub fn with_sysctl(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.sysctl = Some(value.into());
        self
    }

    /// The Transparent HugePages configuration (`hugepage`).
    pub fn hugepage(&self) -> Option<&crate::types::Hugepage> {
        self.hugepage.as_ref()
    }

    /// The sysctl kernel parameter settings. Only some kernel parameters are supported, and the cluster version must be 1.28 or later (`sysctl`).
    pub fn sysctl(&self) -> Option<&serde_json::Value> {
        self.sysctl.as_ref()
    }
}

impl NodeOsConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodeOsConfig",
    description: sdk_shape::Text::en("The operating system configuration of the node."),
    members: &[
        sdk_shape::MemberShape {
            name: "hugepage",
            flag: "hugepage",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::hugepage::SHAPE),
            ),
            description: sdk_shape::Text::en("The Transparent HugePages configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "sysctl",
            flag: "sysctl",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The sysctl kernel parameter settings. Only some kernel parameters are supported, and the cluster version must be 1.28 or later.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
