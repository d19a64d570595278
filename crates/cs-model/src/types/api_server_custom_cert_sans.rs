// @generated from spec/cs/2015-12-15/types/ApiServerCustomCertSans.json by `cargo xtask codegen`; do not edit.
//! The `ApiServerCustomCertSans` data type.

/// The custom API server certificate Subject Alternative Names (SANs). This parameter adds custom IP addresses or domain names to the SAN field of the cluster API server certificate for client access control.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ApiServerCustomCertSans {
    /// Specifies whether to overwrite or append the SAN configuration. Valid values:
    ///
    /// - overwrite: overwrites the existing SAN configuration.
    /// - append: appends to the existing SAN configuration.
    ///
    /// Wire name: `action`.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The SAN list.
    ///
    /// Wire name: `subject_alternative_names`.
    #[serde(
        rename = "subject_alternative_names",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subject_alternative_names: Option<Vec<String>>,
}

impl ApiServerCustomCertSans {
    /// Sets `action`: Specifies whether to overwrite or append the SAN configuration. Valid values:.
    pub fn with_action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }

    /// Sets `subject_alternative_names`: The SAN list.
    pub fn with_subject_alternative_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.subject_alternative_names = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Specifies whether to overwrite or append the SAN configuration. Valid values: (`action`).
    pub fn action(&self) -> Option<&str> {
        self.action.as_deref()
    }

    /// The SAN list (`subject_alternative_names`).
    pub fn subject_alternative_names(&self) -> &[String] {
        self.subject_alternative_names.as_deref().unwrap_or_default()
    }
}

impl ApiServerCustomCertSans {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ApiServerCustomCertSans",
    description: sdk_shape::Text::en(
        "The custom API server certificate Subject Alternative Names (SANs). This parameter adds custom IP addresses or domain names to the SAN field of the cluster API server certificate for client access control.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "action",
            flag: "action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether to overwrite or append the SAN configuration. Valid values:\n\n- overwrite: overwrites the existing SAN configuration.\n- append: appends to the existing SAN configuration.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "subject_alternative_names",
            flag: "subject-alternative-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The SAN list."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
