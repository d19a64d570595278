// @generated from spec/cs/2015-12-15/types/CloudServiceRoles.json by `cargo xtask codegen`; do not edit.
//! The `CloudServiceRoles` data type.

/// The list of cluster roles associated with the cloud service role in the cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CloudServiceRoles {
    /// Specifies whether the content is consistent with the default cluster role template.
    ///
    /// Valid values:
    ///
    /// - true: The content is consistent with the default cluster role template.
    /// - false: The content is inconsistent with the default cluster role template.
    ///
    /// Wire name: `is_default_template`.
    #[serde(
        rename = "is_default_template",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_default_template: Option<bool>,
    /// The name of the cluster role associated with the cloud service role in the cluster.
    ///
    /// Wire name: `role_name`.
    #[serde(rename = "role_name", default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// The namespace of the cluster role associated with the cloud service role in the cluster.
    ///
    /// Wire name: `role_namespace`.
    #[serde(rename = "role_namespace", default, skip_serializing_if = "Option::is_none")]
    pub role_namespace: Option<String>,
    /// The type of the cluster role associated with the cloud service role in the cluster.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl CloudServiceRoles {
    /// Specifies whether the content is consistent with the default cluster role template (`is_default_template`).
    pub fn is_default_template(&self) -> Option<bool> {
        self.is_default_template
    }

    /// The name of the cluster role associated with the cloud service role in the cluster (`role_name`).
    pub fn role_name(&self) -> Option<&str> {
        self.role_name.as_deref()
    }

    /// The namespace of the cluster role associated with the cloud service role in the cluster (`role_namespace`).
    pub fn role_namespace(&self) -> Option<&str> {
        self.role_namespace.as_deref()
    }

    /// The type of the cluster role associated with the cloud service role in the cluster (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl CloudServiceRoles {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CloudServiceRoles",
    description: sdk_shape::Text::en(
        "The list of cluster roles associated with the cloud service role in the cluster.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "is_default_template",
            flag: "is-default-template",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the content is consistent with the default cluster role template.\n\nValid values:\n\n- true: The content is consistent with the default cluster role template.\n- false: The content is inconsistent with the default cluster role template.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "role_name",
            flag: "role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the cluster role associated with the cloud service role in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "role_namespace",
            flag: "role-namespace",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The namespace of the cluster role associated with the cloud service role in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the cluster role associated with the cloud service role in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
