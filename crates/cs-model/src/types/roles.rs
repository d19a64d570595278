// @generated from spec/cs/2015-12-15/types/Roles.json by `cargo xtask codegen`; do not edit.
//! The `Roles` data type.

/// The list of service roles to check.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct Roles {
    /// The name of the service role. For more information about the service roles and permission scopes in Container Service for Kubernetes (ACK), see [Service roles for ACK](https://help.aliyun.com/document_detail/86483.html).
    ///
    /// Required.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name")]
    pub name: String,
}

impl Roles {
    /// A `Roles` with its required members `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }

    /// The name of the service role. For more information about the service roles and permission scopes in Container Service for Kubernetes (ACK), see [Service roles for ACK](https://help.aliyun.com/document_detail/86483.html) (`name`).
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Roles {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Roles",
    description: sdk_shape::Text::en("The list of service roles to check."),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the service role. For more information about the service roles and permission scopes in Container Service for Kubernetes (ACK), see [Service roles for ACK](https://help.aliyun.com/document_detail/86483.html).",
            ),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
