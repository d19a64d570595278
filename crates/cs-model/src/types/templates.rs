// @generated from spec/cs/2015-12-15/types/Templates.json by `cargo xtask codegen`; do not edit.
//! The `Templates` data type.

/// The list of templates.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Templates {
    /// The access permissions of the deployment template. Valid values:
    ///
    /// - `private`: Private.
    /// - `public`: Public.
    /// - `shared`: Shared.
    ///
    /// Wire name: `acl`.
    #[serde(rename = "acl", default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<String>,
    /// The time when the orchestration template was created.
    ///
    /// Wire name: `created`.
    #[serde(rename = "created", default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The description of the orchestration template.
    ///
    /// Wire name: `description`.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the orchestration template.
    ///
    /// Wire name: `id`.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the orchestration template.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The tags of the orchestration template. If no tag is explicitly specified, the template name is used as the default tag.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<String>,
    /// The content of the orchestration template in YAML format.
    ///
    /// Wire name: `template`.
    #[serde(rename = "template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The templatetype. Valid values:
    ///
    /// - `kubernetes`: The template is displayed on the Orchestration Templates page in the console.
    ///
    /// - If this parameter is left empty or set to other values: The template is not displayed on the Orchestration Templates page in the console.
    ///
    /// Wire name: `template_type`.
    #[serde(rename = "template_type", default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
    /// The ID of the parent template associated with the orchestration template. This ID is used to implement the multi-version feature for templates. Different versions of the same template share the same `template_with_hist_id` value.
    ///
    /// Wire name: `template_with_hist_id`.
    #[serde(
        rename = "template_with_hist_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub template_with_hist_id: Option<String>,
    /// The time when the orchestration template was updated.
    ///
    /// Wire name: `updated`.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
}

impl Templates {
    /// The access permissions of the deployment template. Valid values: (`acl`).
    pub fn acl(&self) -> Option<&str> {
        self.acl.as_deref()
    }

    /// The time when the orchestration template was created (`created`).
    pub fn created(&self) -> Option<&str> {
        self.created.as_deref()
    }

    /// The description of the orchestration template (`description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The ID of the orchestration template (`id`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The name of the orchestration template (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The tags of the orchestration template. If no tag is explicitly specified, the template name is used as the default tag (`tags`).
    pub fn tags(&self) -> Option<&str> {
        self.tags.as_deref()
    }

    /// The content of the orchestration template in YAML format (`template`).
    pub fn template(&self) -> Option<&str> {
        self.template.as_deref()
    }

    /// The templatetype. Valid values: (`template_type`).
    pub fn template_type(&self) -> Option<&str> {
        self.template_type.as_deref()
    }

    /// The ID of the parent template associated with the orchestration template. This ID is used to implement the multi-version feature for templates. Different versions of the same template share the same `template_with_hist_id` value (`template_with_hist_id`).
    pub fn template_with_hist_id(&self) -> Option<&str> {
        self.template_with_hist_id.as_deref()
    }

    /// The time when the orchestration template was updated (`updated`).
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }
}

impl Templates {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Templates",
    description: sdk_shape::Text::en("The list of templates."),
    members: &[
        sdk_shape::MemberShape {
            name: "acl",
            flag: "acl",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The access permissions of the deployment template. Valid values:\n\n- `private`: Private.\n- `public`: Public.\n- `shared`: Shared.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "created",
            flag: "created",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the orchestration template was created.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The description of the orchestration template.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "id",
            flag: "id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the orchestration template."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the orchestration template."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The tags of the orchestration template. If no tag is explicitly specified, the template name is used as the default tag.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template",
            flag: "template",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The content of the orchestration template in YAML format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template_type",
            flag: "template-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The templatetype. Valid values:\n\n- `kubernetes`: The template is displayed on the Orchestration Templates page in the console.\n\n- If this parameter is left empty or set to other values: The template is not displayed on the Orchestration Templates page in the console.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template_with_hist_id",
            flag: "template-with-hist-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the parent template associated with the orchestration template. This ID is used to implement the multi-version feature for templates. Different versions of the same template share the same `template_with_hist_id` value.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "updated",
            flag: "updated",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the orchestration template was updated.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
