// @generated from spec/eflo-controller/2022-12-15/types/Vscs.json by `cargo xtask codegen`; do not edit.
//! The `Vscs` data type.

/// A list of VSCs.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Vscs {
    /// The ID of the Lingjun node.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The ID of the resource group.
    ///
    /// Wire name: `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The status of the VSC.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The tags.
    ///
    /// Wire name: `Tags`.
    #[serde(rename = "Tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::ListVscsTags>>,
    /// The ID of the VSC.
    ///
    /// Wire name: `VscId`.
    #[serde(rename = "VscId", default, skip_serializing_if = "Option::is_none")]
    pub vsc_id: Option<String>,
    /// The custom name of the VSC.
    ///
    /// Wire name: `VscName`.
    #[serde(rename = "VscName", default, skip_serializing_if = "Option::is_none")]
    pub vsc_name: Option<String>,
    /// The type of the VSC. Valid values: \`primary\` and \`standard\`.
    ///
    /// Wire name: `VscType`.
    #[serde(rename = "VscType", default, skip_serializing_if = "Option::is_none")]
    pub vsc_type: Option<String>,
}

impl Vscs {
    /// The ID of the Lingjun node (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The ID of the resource group (`ResourceGroupId`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The status of the VSC (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The tags (`Tags`).
    pub fn tags(&self) -> &[crate::types::ListVscsTags] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The ID of the VSC (`VscId`).
    pub fn vsc_id(&self) -> Option<&str> {
        self.vsc_id.as_deref()
    }

    /// The custom name of the VSC (`VscName`).
    pub fn vsc_name(&self) -> Option<&str> {
        self.vsc_name.as_deref()
    }

    /// The type of the VSC. Valid values: \`primary\` and \`standard\` (`VscType`).
    pub fn vsc_type(&self) -> Option<&str> {
        self.vsc_type.as_deref()
    }
}

impl Vscs {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Vscs",
    description: sdk_shape::Text::en("A list of VSCs."),
    members: &[
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the Lingjun node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ResourceGroupId",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the resource group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status of the VSC."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::list_vscs_tags::SHAPE),
            ),
            description: sdk_shape::Text::en("The tags."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscId",
            flag: "vsc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the VSC."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscName",
            flag: "vsc-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The custom name of the VSC."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "VscType",
            flag: "vsc-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the VSC. Valid values: \\`primary\\` and \\`standard\\`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
