// @generated from spec/eflo-controller/2022-12-15/types/TagResource.json by `cargo xtask codegen`; do not edit.
//! The `TagResource` data type.

/// TagResource
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TagResource {
    /// Wire name: `ResourceId`.
    #[serde(rename = "ResourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// Wire name: `ResourceType`.
    #[serde(rename = "ResourceType", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// Wire name: `TagKey`.
    #[serde(rename = "TagKey", default, skip_serializing_if = "Option::is_none")]
    pub tag_key: Option<String>,
    /// Wire name: `TagValue`.
    #[serde(rename = "TagValue", default, skip_serializing_if = "Option::is_none")]
    pub tag_value: Option<String>,
}

impl TagResource {
    /// (`ResourceId`).
    pub fn resource_id(&self) -> Option<&str> {
        self.resource_id.as_deref()
    }

    /// (`ResourceType`).
    pub fn resource_type(&self) -> Option<&str> {
        self.resource_type.as_deref()
    }

    /// (`TagKey`).
    pub fn tag_key(&self) -> Option<&str> {
        self.tag_key.as_deref()
    }

    /// (`TagValue`).
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
    description: sdk_shape::Text::en("TagResource"),
    members: &[
        sdk_shape::MemberShape {
            name: "ResourceId",
            flag: "resource-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceType",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagKey",
            flag: "tag-key",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagValue",
            flag: "tag-value",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
