// @generated from spec/cs/2015-12-15/types/ModifyClusterNodePoolNodepoolInfo.json by `cargo xtask codegen`; do not edit.
//! The `ModifyClusterNodePoolNodepoolInfo` data type.

/// The node pool configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyClusterNodePoolNodepoolInfo {
    /// The node pool name.
    ///
    /// Naming rules: The name must be 1 to 63 characters in length and can contain digits, Chinese characters, letters, and hyphens (-). It cannot start with a hyphen (-).
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The resource group ID of the node pool. Instances scaled out from the node pool belong to this resource group.
    ///
    /// A resource can belong to only one resource group. You can map resource groups to concepts such as projects, applications, or organizations based on different business scenarios.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
}

impl ModifyClusterNodePoolNodepoolInfo {
    /// Sets `name`: The node pool name.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `resource_group_id`: The resource group ID of the node pool. Instances scaled out from the node pool belong to this resource group.
    pub fn with_resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.resource_group_id = Some(value.into());
        self
    }

    /// The node pool name (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The resource group ID of the node pool. Instances scaled out from the node pool belong to this resource group (`resource_group_id`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }
}

impl ModifyClusterNodePoolNodepoolInfo {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ModifyClusterNodePoolNodepoolInfo",
    description: sdk_shape::Text::en("The node pool configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool name.\n\nNaming rules: The name must be 1 to 63 characters in length and can contain digits, Chinese characters, letters, and hyphens (-). It cannot start with a hyphen (-).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The resource group ID of the node pool. Instances scaled out from the node pool belong to this resource group.\n\nA resource can belong to only one resource group. You can map resource groups to concepts such as projects, applications, or organizations based on different business scenarios.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
