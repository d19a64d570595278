// @generated from spec/cs/2015-12-15/types/ListAutoRepairPoliciesItems.json by `cargo xtask codegen`; do not edit.
//! The `ListAutoRepairPoliciesItems` data type.

/// The self-healing rules.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListAutoRepairPoliciesItems {
    /// The ID of the self-healing rule.
    ///
    /// Wire name: `id`.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the self-healing rule.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list of resources bound to the self-healing rule.
    ///
    /// Wire name: `resource_ids`.
    #[serde(rename = "resource_ids", default, skip_serializing_if = "Option::is_none")]
    pub resource_ids: Option<Vec<String>>,
    /// The subtype of the resource bound to the self-healing rule.
    ///
    /// Wire name: `resource_sub_type`.
    #[serde(
        rename = "resource_sub_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_sub_type: Option<String>,
    /// The type of resource bound to the self-healing rule.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// The list of self-healing subrules.
    ///
    /// Wire name: `rules`.
    #[serde(rename = "rules", default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<crate::types::Rules>>,
}

impl ListAutoRepairPoliciesItems {
    /// The ID of the self-healing rule (`id`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The name of the self-healing rule (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The list of resources bound to the self-healing rule (`resource_ids`).
    pub fn resource_ids(&self) -> &[String] {
        self.resource_ids.as_deref().unwrap_or_default()
    }

    /// The subtype of the resource bound to the self-healing rule (`resource_sub_type`).
    pub fn resource_sub_type(&self) -> Option<&str> {
        self.resource_sub_type.as_deref()
    }

    /// The type of resource bound to the self-healing rule (`resource_type`).
    pub fn resource_type(&self) -> Option<&str> {
        self.resource_type.as_deref()
    }

    /// The list of self-healing subrules (`rules`).
    pub fn rules(&self) -> &[crate::types::Rules] {
        self.rules.as_deref().unwrap_or_default()
    }
}

impl ListAutoRepairPoliciesItems {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListAutoRepairPoliciesItems",
    description: sdk_shape::Text::en("The self-healing rules."),
    members: &[
        sdk_shape::MemberShape {
            name: "id",
            flag: "id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the self-healing rule."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the self-healing rule."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_ids",
            flag: "resource-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of resources bound to the self-healing rule.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_sub_type",
            flag: "resource-sub-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The subtype of the resource bound to the self-healing rule.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of resource bound to the self-healing rule.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rules",
            flag: "rules",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rules::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of self-healing subrules."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
