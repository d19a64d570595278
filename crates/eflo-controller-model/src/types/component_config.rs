// @generated from spec/eflo-controller/2022-12-15/types/ComponentConfig.json by `cargo xtask codegen`; do not edit.
//! The `ComponentConfig` data type.

/// The component configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ComponentConfig {
    /// The basic parameters of the component.
    ///
    /// Wire name: `BasicArgs`.
    #[serde(rename = "BasicArgs", default, skip_serializing_if = "Option::is_none")]
    pub basic_args: Option<serde_json::Value>,
    /// The node pool configuration, which is used to establish the mapping between node groups and node pools. This parameter is required when ComponentType is set to ACKEdge. Leave this parameter empty for other component types.
    ///
    /// Wire name: `NodeUnits`.
    #[serde(rename = "NodeUnits", default, skip_serializing_if = "Option::is_none")]
    pub node_units: Option<serde_json::Value>,
}

impl ComponentConfig {
    /// Sets `BasicArgs`: The basic parameters of the component.
    pub fn with_basic_args(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.basic_args = Some(value.into());
        self
    }

    /// Sets `NodeUnits`: The node pool configuration, which is used to establish the mapping between node groups and node pools. This parameter is required when ComponentType is set to ACKEdge. Leave this parameter empty for other component types.
    pub fn with_node_units(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.node_units = Some(value.into());
        self
    }

    /// The basic parameters of the component (`BasicArgs`).
    pub fn basic_args(&self) -> Option<&serde_json::Value> {
        self.basic_args.as_ref()
    }

    /// The node pool configuration, which is used to establish the mapping between node groups and node pools. This parameter is required when ComponentType is set to ACKEdge. Leave this parameter empty for other component types (`NodeUnits`).
    pub fn node_units(&self) -> Option<&serde_json::Value> {
        self.node_units.as_ref()
    }
}

impl ComponentConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ComponentConfig",
    description: sdk_shape::Text::en("The component configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "BasicArgs",
            flag: "basic-args",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The basic parameters of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeUnits",
            flag: "node-units",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The node pool configuration, which is used to establish the mapping between node groups and node pools. This parameter is required when ComponentType is set to ACKEdge. Leave this parameter empty for other component types.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
