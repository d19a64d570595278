// @generated from spec/eflo-controller/2022-12-15/types/Logs.json by `cargo xtask codegen`; do not edit.
//! The `Logs` data type.

/// The logs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Logs {
    /// The sending date in the yyyymmdd format.
    ///
    /// Wire name: `Datetime`.
    #[serde(rename = "Datetime", default, skip_serializing_if = "Option::is_none")]
    pub datetime: Option<String>,
    /// The log content.
    ///
    /// Wire name: `LogContent`.
    #[serde(rename = "LogContent", default, skip_serializing_if = "Option::is_none")]
    pub log_content: Option<String>,
}

impl Logs {
    /// Sets `Datetime`: The sending date in the yyyymmdd format.
    pub fn with_datetime(mut self, value: impl Into<String>) -> Self {
        self.datetime = Some(value.into());
        self
    }

    /// Sets `LogContent`: The log content.
    pub fn with_log_content(mut self, value: impl Into<String>) -> Self {
        self.log_content = Some(value.into());
        self
    }

    /// The sending date in the yyyymmdd format (`Datetime`).
    pub fn datetime(&self) -> Option<&str> {
        self.datetime.as_deref()
    }

    /// The log content (`LogContent`).
    pub fn log_content(&self) -> Option<&str> {
        self.log_content.as_deref()
    }
}

impl Logs {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Logs",
    description: sdk_shape::Text::en("The logs."),
    members: &[
        sdk_shape::MemberShape {
            name: "Datetime",
            flag: "datetime",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The sending date in the yyyymmdd format."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LogContent",
            flag: "log-content",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The log content."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
