// @generated from spec/eflo-controller/2022-12-15/types/AiJobLogs.json by `cargo xtask codegen`; do not edit.
//! The `AiJobLogs` data type.

/// The task logs.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct AiJobLogs {
    /// The instance ID.
    ///
    /// Wire name: `AiInstance`.
    #[serde(rename = "AiInstance", default, skip_serializing_if = "Option::is_none")]
    pub ai_instance: Option<String>,
    /// The logs.
    ///
    /// Wire name: `Logs`.
    #[serde(rename = "Logs", default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Vec<crate::types::Logs>>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
}

impl AiJobLogs {
    /// Sets `AiInstance`: The instance ID.
    pub fn with_ai_instance(mut self, value: impl Into<String>) -> Self {
        self.ai_instance = Some(value.into());
        self
    }

    /// Sets `Logs`: The logs.
    pub fn with_logs(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Logs>>,
    ) -> Self {
        self.logs = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `NodeId`: The node ID.
    pub fn with_node_id(mut self, value: impl Into<String>) -> Self {
        self.node_id = Some(value.into());
        self
    }

    /// The instance ID (`AiInstance`).
    pub fn ai_instance(&self) -> Option<&str> {
        self.ai_instance.as_deref()
    }

    /// The logs (`Logs`).
    pub fn logs(&self) -> &[crate::types::Logs] {
        self.logs.as_deref().unwrap_or_default()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }
}

impl AiJobLogs {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AiJobLogs",
    description: sdk_shape::Text::en("The task logs."),
    members: &[
        sdk_shape::MemberShape {
            name: "AiInstance",
            flag: "ai-instance",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Logs",
            flag: "logs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::logs::SHAPE),
            ),
            description: sdk_shape::Text::en("The logs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
