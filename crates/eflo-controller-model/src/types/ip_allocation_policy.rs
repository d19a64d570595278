// @generated from spec/eflo-controller/2022-12-15/types/IpAllocationPolicy.json by `cargo xtask codegen`; do not edit.
//! The `IpAllocationPolicy` data type.

/// The IP allocation policy.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct IpAllocationPolicy {
    /// The bond policy.
    ///
    /// Wire name: `BondPolicy`.
    #[serde(rename = "BondPolicy", default, skip_serializing_if = "Option::is_none")]
    pub bond_policy: Option<crate::types::BondPolicy>,
    /// The machine type allocation policy.
    ///
    /// Wire name: `MachineTypePolicy`.
    #[serde(
        rename = "MachineTypePolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub machine_type_policy: Option<Vec<crate::types::MachineTypePolicy>>,
    /// The node allocation policy.
    ///
    /// Wire name: `NodePolicy`.
    #[serde(rename = "NodePolicy", default, skip_serializing_if = "Option::is_none")]
    pub node_policy: Option<Vec<crate::types::NodePolicy>>,
}

impl IpAllocationPolicy {
    /// Sets `BondPolicy`: The bond policy.
    pub fn with_bond_policy(
        mut self,
        value: impl Into<crate::types::BondPolicy>,
    ) -> Self {
        self.bond_policy = Some(value.into());
        self
    }

    /// Sets `MachineTypePolicy`: The machine type allocation policy.
    pub fn with_machine_type_policy(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::MachineTypePolicy>>,
    ) -> Self {
        self.machine_type_policy = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `NodePolicy`: The node allocation policy.
    pub fn with_node_policy(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::NodePolicy>>,
    ) -> Self {
        self.node_policy = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// The bond policy (`BondPolicy`).
    pub fn bond_policy(&self) -> Option<&crate::types::BondPolicy> {
        self.bond_policy.as_ref()
    }

    /// The machine type allocation policy (`MachineTypePolicy`).
    pub fn machine_type_policy(&self) -> &[crate::types::MachineTypePolicy] {
        self.machine_type_policy.as_deref().unwrap_or_default()
    }

    /// The node allocation policy (`NodePolicy`).
    pub fn node_policy(&self) -> &[crate::types::NodePolicy] {
        self.node_policy.as_deref().unwrap_or_default()
    }
}

impl IpAllocationPolicy {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "IpAllocationPolicy",
    description: sdk_shape::Text::en("The IP allocation policy."),
    members: &[
        sdk_shape::MemberShape {
            name: "BondPolicy",
            flag: "bond-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::bond_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The bond policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "MachineTypePolicy",
            flag: "machine-type-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::machine_type_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The machine type allocation policy."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodePolicy",
            flag: "node-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The node allocation policy."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
