// @generated from spec/cs/2015-12-15/types/Rules.json by `cargo xtask codegen`; do not edit.
//! The `Rules` data type.

/// The list of self-healing subrules.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Rules {
    /// The list of identified incidents.
    ///
    /// Wire name: `incidents`.
    #[serde(rename = "incidents", default, skip_serializing_if = "Option::is_none")]
    pub incidents: Option<Vec<crate::types::Incidents>>,
    /// The repair procedure.
    ///
    /// Wire name: `repair_procedure`.
    #[serde(
        rename = "repair_procedure",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repair_procedure: Option<Vec<crate::types::RepairProcedure>>,
}

impl Rules {
    /// Sets `incidents`: The list of identified incidents.
    pub fn with_incidents(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Incidents>>,
    ) -> Self {
        self.incidents = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `repair_procedure`: The repair procedure.
    pub fn with_repair_procedure(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::RepairProcedure>>,
    ) -> Self {
        self.repair_procedure = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The list of identified incidents (`incidents`).
    pub fn incidents(&self) -> &[crate::types::Incidents] {
        self.incidents.as_deref().unwrap_or_default()
    }

    /// The repair procedure (`repair_procedure`).
    pub fn repair_procedure(&self) -> &[crate::types::RepairProcedure] {
        self.repair_procedure.as_deref().unwrap_or_default()
    }
}

impl Rules {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Rules",
    description: sdk_shape::Text::en("The list of self-healing subrules."),
    members: &[
        sdk_shape::MemberShape {
            name: "incidents",
            flag: "incidents",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::incidents::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of identified incidents."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "repair_procedure",
            flag: "repair-procedure",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::repair_procedure::SHAPE),
            ),
            description: sdk_shape::Text::en("The repair procedure."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
