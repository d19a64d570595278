// @generated from spec/eflo-controller/2022-12-15/types/NetworkCards.json by `cargo xtask codegen`; do not edit.
//! The `NetworkCards` data type.

/// The list of physical network interface controllers (NICs), including the details of each physical NIC.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NetworkCards {
    /// The index of the physical network interface controller (NIC), starting from 0. You can specify this index to attach elastic network interfaces (ENIs) to different underlying physical network interface controllers (NICs).
    ///
    /// Wire name: `NetworkCardIndex`.
    #[serde(
        rename = "NetworkCardIndex",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_card_index: Option<i64>,
}

impl NetworkCards {
    /// The index of the physical network interface controller (NIC), starting from 0. You can specify this index to attach elastic network interfaces (ENIs) to different underlying physical network interface controllers (NICs) (`NetworkCardIndex`).
    pub fn network_card_index(&self) -> Option<i64> {
        self.network_card_index
    }
}

impl NetworkCards {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NetworkCards",
    description: sdk_shape::Text::en(
        "The list of physical network interface controllers (NICs), including the details of each physical NIC.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "NetworkCardIndex",
            flag: "network-card-index",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The index of the physical network interface controller (NIC), starting from 0. You can specify this index to attach elastic network interfaces (ENIs) to different underlying physical network interface controllers (NICs).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
