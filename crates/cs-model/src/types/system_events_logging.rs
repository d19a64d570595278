// @generated from spec/cs/2015-12-15/types/SystemEventsLogging.json by `cargo xtask codegen`; do not edit.
//! The `SystemEventsLogging` data type.

/// The system event storage configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct SystemEventsLogging {
    /// Specifies whether to enable system event storage.
    ///
    /// - true: Enables system event storage.
    ///
    /// - false: Disables system event storage.
    ///
    /// Wire name: `enabled`.
    #[serde(rename = "enabled", default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The name of the LogProject for system event storage.
    ///
    /// Wire name: `logging_project`.
    #[serde(
        rename = "logging_project",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub logging_project: Option<String>,
}

impl SystemEventsLogging {
    /// Sets `enabled`: Specifies whether to enable system event storage.
    pub fn with_enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }

    /// Sets `logging_project`: The name of the LogProject for system event storage.
    pub fn with_logging_project(mut self, value: impl Into<String>) -> Self {
        self.logging_project = Some(value.into());
        self
    }

    /// Specifies whether to enable system event storage (`enabled`).
    pub fn enabled(&self) -> Option<bool> {
        self.enabled
    }

    /// The name of the LogProject for system event storage (`logging_project`).
    pub fn logging_project(&self) -> Option<&str> {
        self.logging_project.as_deref()
    }
}

impl SystemEventsLogging {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "SystemEventsLogging",
    description: sdk_shape::Text::en("The system event storage configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "enabled",
            flag: "enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable system event storage.\n\n- true: Enables system event storage.\n\n- false: Disables system event storage.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "logging_project",
            flag: "logging-project",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the LogProject for system event storage.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
