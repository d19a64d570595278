// @generated from spec/eflo-controller/2022-12-15/types/DescribeClusterComponents.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterComponents` data type.

/// The component information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterComponents {
    /// The component ID.
    ///
    /// Wire name: `ComponentId`.
    #[serde(rename = "ComponentId", default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<String>,
    /// The component type.
    ///
    /// Wire name: `ComponentType`.
    #[serde(rename = "ComponentType", default, skip_serializing_if = "Option::is_none")]
    pub component_type: Option<String>,
}

impl DescribeClusterComponents {
    /// The component ID (`ComponentId`).
    pub fn component_id(&self) -> Option<&str> {
        self.component_id.as_deref()
    }

    /// The component type (`ComponentType`).
    pub fn component_type(&self) -> Option<&str> {
        self.component_type.as_deref()
    }
}

impl DescribeClusterComponents {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeClusterComponents",
    description: sdk_shape::Text::en("The component information."),
    members: &[
        sdk_shape::MemberShape {
            name: "ComponentId",
            flag: "component-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ComponentType",
            flag: "component-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component type."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
