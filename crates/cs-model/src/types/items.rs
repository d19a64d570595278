// @generated from spec/cs/2015-12-15/types/Items.json by `cargo xtask codegen`; do not edit.
//! The `Items` data type.

/// The names of the components included in the group.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Items {
    /// The name of the component.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Items {
    /// The name of the component (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

impl Items {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Items",
    description: sdk_shape::Text::en(
        "The names of the components included in the group.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
