// @generated from spec/eflo-controller/2022-12-15/types/Bonds.json by `cargo xtask codegen`; do not edit.
//! The `Bonds` data type.

/// The bond information.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Bonds {
    /// The bond name.
    ///
    /// Wire name: `Name`.
    #[serde(rename = "Name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The cluster subnet from which the IP address is allocated.
    ///
    /// Wire name: `Subnet`.
    #[serde(rename = "Subnet", default, skip_serializing_if = "Option::is_none")]
    pub subnet: Option<String>,
}

impl Bonds {
    /// Sets `Name`: The bond name.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `Subnet`: The cluster subnet from which the IP address is allocated.
    pub fn with_subnet(mut self, value: impl Into<String>) -> Self {
        self.subnet = Some(value.into());
        self
    }

    /// The bond name (`Name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The cluster subnet from which the IP address is allocated (`Subnet`).
    pub fn subnet(&self) -> Option<&str> {
        self.subnet.as_deref()
    }
}

impl Bonds {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Bonds",
    description: sdk_shape::Text::en("The bond information."),
    members: &[
        sdk_shape::MemberShape {
            name: "Name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The bond name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Subnet",
            flag: "subnet",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster subnet from which the IP address is allocated.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
