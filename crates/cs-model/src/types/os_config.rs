// @generated from spec/cs/2015-12-15/types/OsConfig.json by `cargo xtask codegen`; do not edit.
//! The `OsConfig` data type.

/// The operating system parameter settings.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct OsConfig {
    /// The hugepage configuration.
    ///
    /// Wire name: `hugepage`.
    #[serde(rename = "hugepage", default, skip_serializing_if = "Option::is_none")]
    pub hugepage: Option<crate::types::Hugepage>,
    /// The custom sysctl parameter settings.
    ///
    /// Wire name: `sysctl`.
    #[serde(rename = "sysctl", default, skip_serializing_if = "Option::is_none")]
    pub sysctl: Option<serde_json::Value>,
}

impl OsConfig {
    /// Sets `hugepage`: The hugepage configuration.
    pub fn with_hugepage(mut self, value: impl Into<crate::types::Hugepage>) -> Self {
        self.hugepage = Some(value.into());
        self
    }

    /// Sets `sysctl`: The custom sysctl parameter settings.
    pub fn with_sysctl(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.sysctl = Some(value.into());
        self
    }

    /// The hugepage configuration (`hugepage`).
    pub fn hugepage(&self) -> Option<&crate::types::Hugepage> {
        self.hugepage.as_ref()
    }

    /// The custom sysctl parameter settings (`sysctl`).
    pub fn sysctl(&self) -> Option<&serde_json::Value> {
        self.sysctl.as_ref()
    }
}

impl OsConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "OsConfig",
    description: sdk_shape::Text::en("The operating system parameter settings."),
    members: &[
        sdk_shape::MemberShape {
            name: "hugepage",
            flag: "hugepage",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::hugepage::SHAPE),
            ),
            description: sdk_shape::Text::en("The hugepage configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "sysctl",
            flag: "sysctl",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The custom sysctl parameter settings."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
