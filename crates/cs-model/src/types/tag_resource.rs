// @generated from spec/cs/2015-12-15/types/TagResource.json by `cargo xtask codegen`; do not edit.
//! The `TagResource` data type.

/// The tagged resource.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TagResource {
    /// The resource ID.
    ///
    /// Wire name: `resource_id`.
    #[serde(rename = "resource_id", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The resource type.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The tag key.
    ///
    /// Wire name: `tag_key`.
    #[serde(rename = "tag_key", default, skip_serializing_if = "Option::is_none")]
    pub tag_key: Option<String>,
    /// The tag value.
    ///
    /// Wire name: `tag_value`.
    #[serde(rename = "tag_value", default, skip_serializing_if = "Option::is_none")]
    pub tag_value: Option<String>,
}

impl TagResource {
    /// The resource ID (`resource_id`).
    pub fn resource_id(&self) -> Option<&str> {
        self.resource_id.as_deref()
    }

    /// The resource type (`resource_type`).
    pub fn resource_type(&self) -> Option<&str> {
        self.resource_type.as_deref()
    }

    /// The tag key (`tag_key`).
    pub fn tag_key(&self) -> Option<&str> {
        self.tag_key.as_deref()
    }

    /// The tag value (`tag_value`).
    pub fn tag_value(&self) -> Option<&str> {
        self.tag_value.as_deref()
    }
}

impl TagResource {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "TagResource",
    description: sdk_shape::Text::en("The tagged resource."),
    members: &[
        sdk_shape::MemberShape {
            name: "resource_id",
            flag: "resource-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tag_key",
            flag: "tag-key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag key."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tag_value",
            flag: "tag-value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag value."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
