// @generated from spec/cs/2015-12-15/types/RepairProcedure.json by `cargo xtask codegen`; do not edit.
//! The `RepairProcedure` data type.

/// The repair procedure.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RepairProcedure {
    /// The configuration parameters for the repair procedure.
    ///
    /// Wire name: `config`.
    #[serde(rename = "config", default, skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Value>,
    /// The configuration for the manual intervention procedure.
    ///
    /// Wire name: `intervention`.
    #[serde(rename = "intervention", default, skip_serializing_if = "Option::is_none")]
    pub intervention: Option<crate::types::Intervention>,
    /// The name of the procedure.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl RepairProcedure {
    /// Sets `config`: The configuration parameters for the repair procedure.
    pub fn with_config(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.config = Some(value.into());
        self
    }

    /// Sets `intervention`: The configuration for the manual intervention procedure.
    pub fn with_intervention(
        mut self,
        value: impl Into<crate::types::Intervention>,
    ) -> Self {
        self.intervention = Some(value.into());
        self
    }

    /// Sets `name`: The name of the procedure.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// The configuration parameters for the repair procedure (`config`).
    pub fn config(&self) -> Option<&serde_json::Value> {
        self.config.as_ref()
    }

    /// The configuration for the manual intervention procedure (`intervention`).
    pub fn intervention(&self) -> Option<&crate::types::Intervention> {
        self.intervention.as_ref()
    }

    /// The name of the procedure (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

impl RepairProcedure {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "RepairProcedure",
    description: sdk_shape::Text::en("The repair procedure."),
    members: &[
        sdk_shape::MemberShape {
            name: "config",
            flag: "config",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The configuration parameters for the repair procedure.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "intervention",
            flag: "intervention",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::intervention::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The configuration for the manual intervention procedure.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the procedure."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
