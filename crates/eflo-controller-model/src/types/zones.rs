// @generated from spec/eflo-controller/2022-12-15/types/Zones.json by `cargo xtask codegen`; do not edit.
//! The `Zones` data type.

/// The list of zones.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Zones {
    /// The zone name.
    ///
    /// Wire name: `LocalName`.
    #[serde(rename = "LocalName", default, skip_serializing_if = "Option::is_none")]
    pub local_name: Option<String>,
    /// The zone ID.
    ///
    /// Wire name: `ZoneId`.
    #[serde(rename = "ZoneId", default, skip_serializing_if = "Option::is_none")]
    pub zone_id: Option<String>,
}

impl Zones {
    /// The zone name (`LocalName`).
    pub fn local_name(&self) -> Option<&str> {
        self.local_name.as_deref()
    }

    /// The zone ID (`ZoneId`).
    pub fn zone_id(&self) -> Option<&str> {
        self.zone_id.as_deref()
    }
}

impl Zones {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Zones",
    description: sdk_shape::Text::en("The list of zones."),
    members: &[
        sdk_shape::MemberShape {
            name: "LocalName",
            flag: "local-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ZoneId",
            flag: "zone-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The zone ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
