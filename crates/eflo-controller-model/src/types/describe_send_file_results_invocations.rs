// @generated from spec/eflo-controller/2022-12-15/types/DescribeSendFileResultsInvocations.json by `cargo xtask codegen`; do not edit.
//! The `DescribeSendFileResultsInvocations` data type.

/// The file sending records.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeSendFileResultsInvocations {
    /// The command execution ID.
    ///
    /// Wire name: `Invocation`.
    #[serde(rename = "Invocation", default, skip_serializing_if = "Option::is_none")]
    pub invocation: Option<Vec<crate::types::DescribeSendFileResultsInvocation>>,
}

impl DescribeSendFileResultsInvocations {
    /// The command execution ID (`Invocation`).
    pub fn invocation(&self) -> &[crate::types::DescribeSendFileResultsInvocation] {
        self.invocation.as_deref().unwrap_or_default()
    }
}

impl DescribeSendFileResultsInvocations {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeSendFileResultsInvocations",
    description: sdk_shape::Text::en("The file sending records."),
    members: &[
        sdk_shape::MemberShape {
            name: "Invocation",
            flag: "invocation",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_send_file_results_invocation::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The command execution ID."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
