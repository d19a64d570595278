// @generated from spec/cs/2015-12-15/types/DeleteOptions.json by `cargo xtask codegen`; do not edit.
//! The `DeleteOptions` data type.

/// The deletion options for the resources associated with the cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteOptions {
    /// The deletion mode for this type of resource. Valid values:
    ///
    /// - `delete`: deletes this type of resource.
    /// - `retain`: retains this type of resource.
    ///
    /// Wire name: `delete_mode`.
    #[serde(rename = "delete_mode", default, skip_serializing_if = "Option::is_none")]
    pub delete_mode: Option<String>,
    /// The type of the resource. Valid values:
    ///
    /// - `SLB`: the SLB resources created by using Services. By default, these resources are deleted. You can choose to retain them.
    /// - `ALB`: the ALB resources created by the ALB Ingress controller. By default, these resources are retained. You can choose to delete them.
    /// - `SLS_Data`: the SLS projects used for the cluster log feature. By default, these resources are retained. You can choose to delete them.
    /// - `SLS_ControlPlane`: the SLS projects used for the control plane logs of managed clusters. By default, these resources are retained. You can choose to delete them.
    /// - `PrivateZone`: the PrivateZone resources created by ACK Serverless clusters. By default, these resources are retained. You can choose to delete them.
    ///
    /// Wire name: `resource_type`.
    #[serde(rename = "resource_type", default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<crate::types::ResourceType>,
}

impl DeleteOptions {
    /// Sets `delete_mode`: The deletion mode for this type of resource. Valid values:.
    pub fn with_delete_mode(mut self, value: impl Into<String>) -> Self {
        self.delete_mode = Some(value.into());
        self
    }

    /// Sets `resource_type`: The type of the resource. Valid values:.
    pub fn with_resource_type(
        mut self,
        value: impl Into<crate::types::ResourceType>,
    ) -> Self {
        self.resource_type = Some(value.into());
        self
    }

    /// The deletion mode for this type of resource. Valid values: (`delete_mode`).
    pub fn delete_mode(&self) -> Option<&str> {
        self.delete_mode.as_deref()
    }

    /// The type of the resource. Valid values: (`resource_type`).
    pub fn resource_type(&self) -> Option<&crate::types::ResourceType> {
        self.resource_type.as_ref()
    }
}

impl DeleteOptions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DeleteOptions",
    description: sdk_shape::Text::en(
        "The deletion options for the resources associated with the cluster.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "delete_mode",
            flag: "delete-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The deletion mode for this type of resource. Valid values:\n\n- `delete`: deletes this type of resource.\n- `retain`: retains this type of resource.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_type",
            flag: "resource-type",
            kind: sdk_shape::Kind::Enum(&crate::types::resource_type::SHAPE),
            description: sdk_shape::Text::en(
                "The type of the resource. Valid values:\n\n- `SLB`: the SLB resources created by using Services. By default, these resources are deleted. You can choose to retain them.\n- `ALB`: the ALB resources created by the ALB Ingress controller. By default, these resources are retained. You can choose to delete them.\n- `SLS_Data`: the SLS projects used for the cluster log feature. By default, these resources are retained. You can choose to delete them.\n- `SLS_ControlPlane`: the SLS projects used for the control plane logs of managed clusters. By default, these resources are retained. You can choose to delete them.\n- `PrivateZone`: the PrivateZone resources created by ACK Serverless clusters. By default, these resources are retained. You can choose to delete them.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
