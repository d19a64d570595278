// @generated from spec/cs/2015-12-15/types/NodepoolInfo.json by `cargo xtask codegen`; do not edit.
//! The `NodepoolInfo` data type.

/// The node pool configuration.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct NodepoolInfo {
    /// The name of the node pool.
    ///
    /// Required.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name")]
    pub name: String,
    /// The resource group ID of the node pool. The instances created by the node pool belong to this resource group.
    ///
    /// A resource can belong to only one resource group. You can map resource groups to concepts such as projects, applications, or organizations based on your business scenarios.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The node pool type. Valid values:
    ///
    /// - `ess`: standard node pool (includes managed and elastic scaling features).
    /// - `edge`: edge node pool.
    /// - `lingjun`: Lingjun node pool.
    /// - `hybrid`: hybrid cloud node pool.
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl NodepoolInfo {
    /// A `NodepoolInfo` with its required members `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            resource_group_id: None,
            r#type: None,
        }
    }

    /// Sets `resource_group_id`: The resource group ID of the node pool. The instances created by the node pool belong to this resource group.
    pub fn with_resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.resource_group_id = Some(value.into());
        self
    }

    /// Sets `type`: The node pool type. Valid values:.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }

    /// The name of the node pool (`name`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The resource group ID of the node pool. The instances created by the node pool belong to this resource group (`resource_group_id`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The node pool type. Valid values: (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl NodepoolInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NodepoolInfo",
    description: sdk_shape::Text::en("The node pool configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the node pool."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource group ID of the node pool. The instances created by the node pool belong to this resource group.\n\nA resource can belong to only one resource group. You can map resource groups to concepts such as projects, applications, or organizations based on your business scenarios.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool type. Valid values:\n\n- `ess`: standard node pool (includes managed and elastic scaling features).\n- `edge`: edge node pool.\n- `lingjun`: Lingjun node pool.\n- `hybrid`: hybrid cloud node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
