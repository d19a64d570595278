// @generated from spec/cs/2015-12-15/types/PackageList.json by `cargo xtask codegen`; do not edit.
//! The `PackageList` data type.

/// The list of packages affected by the vulnerability.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PackageList {
    /// The name of the package.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl PackageList {
    /// The name of the package (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

impl PackageList {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "PackageList",
    description: sdk_shape::Text::en(
        "The list of packages affected by the vulnerability.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the package."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
