// @generated from spec/eflo-controller/2022-12-15/types/TagResources.json by `cargo xtask codegen`; do not edit.
//! The `TagResources` data type.

/// TagResources
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TagResources {
    /// Wire name: `TagResource`.
    #[serde(rename = "TagResource", default, skip_serializing_if = "Option::is_none")]
    pub tag_resource: Option<Vec<crate::types::TagResource>>,
}

impl TagResources {
    /// (`TagResource`).
    pub fn tag_resource(&self) -> &[crate::types::TagResource] {
        self.tag_resource.as_deref().unwrap_or_default()
    }
}

impl TagResources {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TagResources",
    description: sdk_shape::Text::en("TagResources"),
    members: &[
        sdk_shape::MemberShape {
            name: "TagResource",
            flag: "tag-resource",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag_resource::SHAPE),
            ),
            description: sdk_shape::Text::NONE,
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
