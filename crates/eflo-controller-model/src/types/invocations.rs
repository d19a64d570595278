// @generated from spec/eflo-controller/2022-12-15/types/Invocations.json by `cargo xtask codegen`; do not edit.
//! The `Invocations` data type.

/// The script execution records.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Invocations {
    /// The file delivery record.
    ///
    /// Wire name: `Invocation`.
    #[serde(rename = "Invocation", default, skip_serializing_if = "Option::is_none")]
    pub invocation: Option<Vec<crate::types::Invocation>>,
}

impl Invocations {
    /// The file delivery record (`Invocation`).
    pub fn invocation(&self) -> &[crate::types::Invocation] {
        self.invocation.as_deref().unwrap_or_default()
    }
}

impl Invocations {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Invocations",
    description: sdk_shape::Text::en("The script execution records."),
    members: &[
        sdk_shape::MemberShape {
            name: "Invocation",
            flag: "invocation",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::invocation::SHAPE),
            ),
            description: sdk_shape::Text::en("The file delivery record."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
