// @generated from spec/eflo-controller/2022-12-15/types/ClusterTypes.json by `cargo xtask codegen`; do not edit.
//! The `ClusterTypes` data type.

/// The list of cluster types. Number of elements in the array: 1 to 100.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ClusterTypes {
    /// The access type of cluster type
    ///
    /// Wire name: `AccessType`.
    #[serde(rename = "AccessType", default, skip_serializing_if = "Option::is_none")]
    pub access_type: Option<String>,
    /// The name of cluster type
    ///
    /// Wire name: `TypeName`.
    #[serde(rename = "TypeName", default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
}

impl ClusterTypes {
    /// The access type of cluster type (`AccessType`).
    pub fn access_type(&self) -> Option<&str> {
        self.access_type.as_deref()
    }

    /// The name of cluster type (`TypeName`).
    pub fn type_name(&self) -> Option<&str> {
        self.type_name.as_deref()
    }
}

impl ClusterTypes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ClusterTypes",
    description: sdk_shape::Text::en(
        "The list of cluster types. Number of elements in the array: 1 to 100.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "AccessType",
            flag: "access-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The access type of cluster type"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TypeName",
            flag: "type-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of cluster type"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
