// @generated from spec/cs/2015-12-15/types/Intervention.json by `cargo xtask codegen`; do not edit.
//! The `Intervention` data type.

/// The configuration for the manual intervention procedure.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Intervention {
    /// The label configuration for authorization confirmation. Adding the following labels to the node indicates that you authorize ACK to execute the operations in this stage. After completing the operations in this stage, ACK automatically removes the authorization inquiry and confirmation labels corresponding to this stage. If you do not add the following labels in time to grant authorization, ACK will not execute the actions in this stage and subsequent stages, and the node may remain in a damaged state.
    ///
    /// Wire name: `approved_label`.
    #[serde(rename = "approved_label", default, skip_serializing_if = "Option::is_none")]
    pub approved_label: Option<crate::types::ApprovedLabel>,
    /// Specifies whether to enable manual approval.
    ///
    /// Wire name: `enable`.
    #[serde(rename = "enable", default, skip_serializing_if = "Option::is_none")]
    pub enable: Option<bool>,
    /// The label configuration for authorization inquiry. When this stage is reached, ACK adds the following labels to your node and waits for your authorization to execute the actions in this stage.
    ///
    /// Wire name: `inquiring_label`.
    #[serde(
        rename = "inquiring_label",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inquiring_label: Option<crate::types::InquiringLabel>,
    /// The type of manual approval.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Intervention {
    /// Sets `approved_label`: The label configuration for authorization confirmation. Adding the following labels to the node indicates that you authorize ACK to execute the operations in this stage. After completing the operations in this stage, ACK automatically removes the authorization inquiry and confirmation labels corresponding to this stage. If you do not add the following labels in time to grant authorization, ACK will not execute the actions in this stage and subsequent stages, and the node may remain in a damaged state.
    pub fn with_approved_label(
        mut self,
        value: impl Into<crate::types::ApprovedLabel>,
    ) -> Self {
        self.approved_label = Some(value.into());
        self
    }

    /// Sets `enable`: Specifies whether to enable manual approval.
    pub fn with_enable(mut self, value: bool) -> Self {
        self.enable = Some(value);
        self
    }

    /// Sets `inquiring_label`: The label configuration for authorization inquiry. When this stage is reached, ACK adds the following labels to your node and waits for your authorization to execute the actions in this stage.
    pub fn with_inquiring_label(
        mut self,
        value: impl Into<crate::types::InquiringLabel>,
    ) -> Self {
        self.inquiring_label = Some(value.into());
        self
    }

    /// Sets `type`: The type of manual approval.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// The label configuration for authorization confirmation. Adding the following labels to the node indicates that you authorize ACK to execute the operations in this stage. After completing the operations in this stage, ACK automatically removes the authorization inquiry and confirmation labels corresponding to this stage. If you do not add the following labels in time to grant authorization, ACK will not execute the actions in this stage and subsequent stages, and the node may remain in a damaged state (`approved_label`).
    pub fn approved_label(&self) -> Option<&crate::types::ApprovedLabel> {
        self.approved_label.as_ref()
    }

    /// Specifies whether to enable manual approval (`enable`).
    pub fn enable(&self) -> Option<bool> {
        self.enable
    }

    /// The label configuration for authorization inquiry. When this stage is reached, ACK adds the following labels to your node and waits for your authorization to execute the actions in this stage (`inquiring_label`).
    pub fn inquiring_label(&self) -> Option<&crate::types::InquiringLabel> {
        self.inquiring_label.as_ref()
    }

    /// The type of manual approval (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Intervention {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Intervention",
    description: sdk_shape::Text::en(
        "The configuration for the manual intervention procedure.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "approved_label",
            flag: "approved-label",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::approved_label::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The label configuration for authorization confirmation. Adding the following labels to the node indicates that you authorize ACK to execute the operations in this stage. After completing the operations in this stage, ACK automatically removes the authorization inquiry and confirmation labels corresponding to this stage. If you do not add the following labels in time to grant authorization, ACK will not execute the actions in this stage and subsequent stages, and the node may remain in a damaged state.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "enable",
            flag: "enable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to enable manual approval.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "inquiring_label",
            flag: "inquiring-label",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::inquiring_label::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The label configuration for authorization inquiry. When this stage is reached, ACK adds the following labels to your node and waits for your authorization to execute the actions in this stage.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of manual approval."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
