// @generated from spec/cs/2015-12-15/types/ComponentGroups.json by `cargo xtask codegen`; do not edit.
//! The `ComponentGroups` data type.

/// The list of component groups.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ComponentGroups {
    /// The name of the component group.
    ///
    /// Wire name: `group_name`.
    #[serde(rename = "group_name", default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// The names of the components included in the group.
    ///
    /// Wire name: `items`.
    #[serde(rename = "items", default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<crate::types::Items>>,
}

impl ComponentGroups {
    /// The name of the component group (`group_name`).
    pub fn group_name(&self) -> Option<&str> {
        self.group_name.as_deref()
    }

    /// The names of the components included in the group (`items`).
    pub fn items(&self) -> &[crate::types::Items] {
        self.items.as_deref().unwrap_or_default()
    }
}

impl ComponentGroups {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ComponentGroups",
    description: sdk_shape::Text::en("The list of component groups."),
    members: &[
        sdk_shape::MemberShape {
            name: "group_name",
            flag: "group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "items",
            flag: "items",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::items::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The names of the components included in the group.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
