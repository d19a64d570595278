// @generated from spec/eflo-controller/2022-12-15/types/MachineTypePolicy.json by `cargo xtask codegen`; do not edit.
//! The `MachineTypePolicy` data type.

/// The machine type allocation policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct MachineTypePolicy {
    /// The bond information.
    ///
    /// Wire name: `Bonds`.
    #[serde(rename = "Bonds", default, skip_serializing_if = "Option::is_none")]
    pub bonds: Option<Vec<crate::types::Bonds>>,
    /// The machine type.
    ///
    /// Wire name: `MachineType`.
    #[serde(rename = "MachineType", default, skip_serializing_if = "Option::is_none")]
    pub machine_type: Option<String>,
}

impl MachineTypePolicy {
    /// Sets `Bonds`: The bond information.
    pub fn with_bonds(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Bonds>>,
    ) -> Self {
        self.bonds = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `MachineType`: The machine type.
    pub fn with_machine_type(mut self, value: impl Into<String>) -> Self {
        self.machine_type = Some(value.into());
        self
    }

    /// The bond information (`Bonds`).
    pub fn bonds(&self) -> &[crate::types::Bonds] {
        self.bonds.as_deref().unwrap_or_default()
    }

    /// The machine type (`MachineType`).
    pub fn machine_type(&self) -> Option<&str> {
        self.machine_type.as_deref()
    }
}

impl MachineTypePolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "MachineTypePolicy",
    description: sdk_shape::Text::en("The machine type allocation policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "Bonds",
            flag: "bonds",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::bonds::SHAPE),
            ),
            description: sdk_shape::Text::en("The bond information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MachineType",
            flag: "machine-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The machine type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
