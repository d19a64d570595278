// @generated from spec/eflo-controller/2022-12-15/types/BondPolicy.json by `cargo xtask codegen`; do not edit.
//! The `BondPolicy` data type.

/// The bond policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct BondPolicy {
    /// The default bond cluster subnet.
    ///
    /// Wire name: `BondDefaultSubnet`.
    #[serde(
        rename = "BondDefaultSubnet",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bond_default_subnet: Option<String>,
    /// The bond information.
    ///
    /// Wire name: `Bonds`.
    #[serde(rename = "Bonds", default, skip_serializing_if = "Option::is_none")]
    pub bonds: Option<Vec<crate::types::Bonds>>,
}

impl BondPolicy {
    /// Sets `BondDefaultSubnet`: The default bond cluster subnet.
    pub fn with_bond_default_subnet(mut self, value: impl Into<String>) -> Self {
        self.bond_default_subnet = Some(value.into());
        self
    }

    /// Sets `Bonds`: The bond information.
    pub fn with_bonds(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Bonds>>,
    ) -> Self {
        self.bonds = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The default bond cluster subnet (`BondDefaultSubnet`).
    pub fn bond_default_subnet(&self) -> Option<&str> {
        self.bond_default_subnet.as_deref()
    }

    /// The bond information (`Bonds`).
    pub fn bonds(&self) -> &[crate::types::Bonds] {
        self.bonds.as_deref().unwrap_or_default()
    }
}

impl BondPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "BondPolicy",
    description: sdk_shape::Text::en("The bond policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "BondDefaultSubnet",
            flag: "bond-default-subnet",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The default bond cluster subnet."),
            ..sdk_shape::MemberShape::BASE
        },
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
    ],
    rules: &[],
};
