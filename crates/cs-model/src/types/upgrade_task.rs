// @generated from spec/cs/2015-12-15/types/UpgradeTask.json by `cargo xtask codegen`; do not edit.
//! The `UpgradeTask` data type.

/// The details of the upgrade task.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpgradeTask {
    /// The description of the upgrade task.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The status of the upgrade task. Valid values:
    ///
    /// - `running`: Running.
    /// - `Success`: Succeeded.
    /// - `Failed`: Failed.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl UpgradeTask {
    /// The description of the upgrade task (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The status of the upgrade task. Valid values: (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}

impl UpgradeTask {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "UpgradeTask",
    description: sdk_shape::Text::en("The details of the upgrade task."),
    members: &[
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description of the upgrade task."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The status of the upgrade task. Valid values:\n\n- `running`: Running.\n- `Success`: Succeeded.\n- `Failed`: Failed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
