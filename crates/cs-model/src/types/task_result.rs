// @generated from spec/cs/2015-12-15/types/TaskResult.json by `cargo xtask codegen`; do not edit.
//! The `TaskResult` data type.

/// The execution details of the task.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TaskResult {
    /// The resource operated by the task. For example, if the operated resource during a scale-out is an instance, this value is the instance ID.
    ///
    /// Wire name: `data`.
    #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
    /// The scale-out status of the resource. Valid values:
    ///
    /// - `success`: The scale-out succeeded.
    /// - `failed`: The scale-out failed.
    /// - `initial`: The scale-out is being initialized.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl TaskResult {
    /// The resource operated by the task. For example, if the operated resource during a scale-out is an instance, this value is the instance ID (`data`).
    pub fn data(&self) -> Option<&str> {
        self.data.as_deref()
    }

    /// The scale-out status of the resource. Valid values: (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}

impl TaskResult {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TaskResult",
    description: sdk_shape::Text::en("The execution details of the task."),
    members: &[
        sdk_shape::MemberShape {
            name: "data",
            flag: "data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource operated by the task. For example, if the operated resource during a scale-out is an instance, this value is the instance ID.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scale-out status of the resource. Valid values:\n\n- `success`: The scale-out succeeded.\n- `failed`: The scale-out failed.\n- `initial`: The scale-out is being initialized.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
