// @generated from spec/cs/2015-12-15/types/PrivatePoolOptions.json by `cargo xtask codegen`; do not edit.
//! The `PrivatePoolOptions` data type.

/// The private node pool configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PrivatePoolOptions {
    /// The ID of the private pool, which is the ID of the elasticity assurance or capacity reservation. When `match_criteria` is set to [`Target`](crate::types::Target), you must specify the private pool ID.
    ///
    /// Wire name: `id`.
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The private pool capacity matching mode for instance startup. After an elasticity assurance or capacity reservation takes effect, private pool capacity is generated for you to select when starting instances. Valid values:
    ///
    /// - `Open`: open mode. The system automatically matches the capacity of open private pools. If no matching private pool capacity is available, public pool resources are used. In this mode, you do not need to specify the PrivatePoolOptions.Id parameter.
    /// - [`Target`](crate::types::Target): targeted mode. The system uses the capacity of the specified private pool to start instances. If the specified private pool capacity is unavailable, the instances fail to start. In this mode, you must specify the private pool ID by setting the PrivatePoolOptions.Id parameter.
    /// - `None`: no private pool mode. The system does not use private pool capacity to start instances.
    ///
    /// Wire name: `match_criteria`.
    #[serde(rename = "match_criteria", default, skip_serializing_if = "Option::is_none")]
    pub match_criteria: Option<String>,
}

impl PrivatePoolOptions {
    /// Sets `id`: The ID of the private pool, which is the ID of the elasticity assurance or capacity reservation. When `match_criteria` is set to [`Target`](crate::types::Target), you must specify the private pool ID.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `match_criteria`: The private pool capacity matching mode for instance startup. After an elasticity assurance or capacity reservation takes effect, private pool capacity is generated for you to select when starting instances. Valid values:.
    pub fn with_match_criteria(mut self, value: impl Into<String>) -> Self {
        self.match_criteria = Some(value.into());
        self
    }

    /// The ID of the private pool, which is the ID of the elasticity assurance or capacity reservation. When `match_criteria` is set to [`Target`](crate::types::Target), you must specify the private pool ID (`id`).
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The private pool capacity matching mode for instance startup. After an elasticity assurance or capacity reservation takes effect, private pool capacity is generated for you to select when starting instances. Valid values: (`match_criteria`).
    pub fn match_criteria(&self) -> Option<&str> {
        self.match_criteria.as_deref()
    }
}

impl PrivatePoolOptions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "PrivatePoolOptions",
    description: sdk_shape::Text::en("The private node pool configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "id",
            flag: "id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the private pool, which is the ID of the elasticity assurance or capacity reservation. When `match_criteria` is set to `Target`, you must specify the private pool ID.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "match_criteria",
            flag: "match-criteria",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The private pool capacity matching mode for instance startup. After an elasticity assurance or capacity reservation takes effect, private pool capacity is generated for you to select when starting instances. Valid values:\n\n- `Open`: open mode. The system automatically matches the capacity of open private pools. If no matching private pool capacity is available, public pool resources are used. In this mode, you do not need to specify the PrivatePoolOptions.Id parameter.\n- `Target`: targeted mode. The system uses the capacity of the specified private pool to start instances. If the specified private pool capacity is unavailable, the instances fail to start. In this mode, you must specify the private pool ID by setting the PrivatePoolOptions.Id parameter.\n- `None`: no private pool mode. The system does not use private pool capacity to start instances.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
