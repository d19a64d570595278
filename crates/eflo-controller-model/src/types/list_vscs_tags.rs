// @generated from spec/eflo-controller/2022-12-15/types/ListVscsTags.json by `cargo xtask codegen`; do not edit.
//! The `ListVscsTags` data type.

/// The tags.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListVscsTags {
    /// The tag key.
    ///
    /// Wire name: `TagKey`.
    #[serde(rename = "TagKey", default, skip_serializing_if = "Option::is_none")]
    pub tag_key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `TagValue`.
    #[serde(rename = "TagValue", default, skip_serializing_if = "Option::is_none")]
    pub tag_value: Option<String>,
}

impl ListVscsTags {
    /// The tag key (`TagKey`).
    pub fn tag_key(&self) -> Option<&str> {
        self.tag_key.as_deref()
    }

    /// The tag value (`TagValue`).
    pub fn tag_value(&self) -> Option<&str> {
        self.tag_value.as_deref()
    }
}

impl ListVscsTags {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListVscsTags",
    description: sdk_shape::Text::en("The tags."),
    members: &[
        sdk_shape::MemberShape {
            name: "TagKey",
            flag: "tag-key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag key."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagValue",
            flag: "tag-value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag value."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
