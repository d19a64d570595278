// @generated from spec/cs/2015-12-15/types/CheckServiceRoleRoles.json by `cargo xtask codegen`; do not edit.
//! The `CheckServiceRoleRoles` data type.

/// The check results of the service roles.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CheckServiceRoleRoles {
    /// Indicates whether the service role is authorized.
    ///
    /// Wire name: `granted`.
    #[serde(rename = "granted", default, skip_serializing_if = "Option::is_none")]
    pub granted: Option<bool>,
    /// The prompt message when the service role is not authorized.
    ///
    /// Wire name: `message`.
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The name of the service role.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl CheckServiceRoleRoles {
    /// Indicates whether the service role is authorized (`granted`).
    pub fn granted(&self) -> Option<bool> {
        self.granted
    }

    /// The prompt message when the service role is not authorized (`message`).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The name of the service role (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

impl CheckServiceRoleRoles {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CheckServiceRoleRoles",
    description: sdk_shape::Text::en("The check results of the service roles."),
    members: &[
        sdk_shape::MemberShape {
            name: "granted",
            flag: "granted",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the service role is authorized.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "message",
            flag: "message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The prompt message when the service role is not authorized.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the service role."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
