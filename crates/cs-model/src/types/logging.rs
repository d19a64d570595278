// @generated from spec/cs/2015-12-15/types/Logging.json by `cargo xtask codegen`; do not edit.
//! The `Logging` data type.

/// The log feature status of the add-on.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Logging {
    /// Specifies whether the add-on supports the log feature. Valid values:
    ///
    /// - true: Supported.
    ///
    /// - false: Not supported.
    ///
    /// Wire name: `capable`.
    #[serde(rename = "capable", default, skip_serializing_if = "Option::is_none")]
    pub capable: Option<bool>,
    /// Specifies whether the log feature is enabled. Valid values:
    ///
    /// - true: Enabled.
    ///
    /// - false: Disabled.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The Log Service project used by the add-on log feature.
    ///
    /// Wire name: `log_project`.
    #[serde(rename = "log_project", default, skip_serializing_if = "Option::is_none")]
    pub log_project: Option<String>,
    /// The Logstore used by the add-on log feature.
    ///
    /// Wire name: `logstore`.
    #[serde(rename = "logstore", default, skip_serializing_if = "Option::is_none")]
    pub logstore: Option<String>,
}

impl Logging {
    /// Specifies whether the add-on supports the log feature. Valid values: (`capable`).
    pub fn capable(&self) -> Option<bool> {
        self.capable
    }

    /// Specifies whether the log feature is enabled. Valid values: (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// The Log Service project used by the add-on log feature (`log_project`).
    pub fn log_project(&self) -> Option<&str> {
        self.log_project.as_deref()
    }

    /// The Logstore used by the add-on log feature (`logstore`).
    pub fn logstore(&self) -> Option<&str> {
        self.logstore.as_deref()
    }
}

impl Logging {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Logging",
    description: sdk_shape::Text::en("The log feature status of the add-on."),
    members: &[
        sdk_shape::MemberShape {
            name: "capable",
            flag: "capable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the add-on supports the log feature. Valid values:\n\n- true: Supported.\n\n- false: Not supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the log feature is enabled. Valid values:\n\n- true: Enabled.\n\n- false: Disabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "log_project",
            flag: "log-project",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Log Service project used by the add-on log feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "logstore",
            flag: "logstore",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Logstore used by the add-on log feature.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
