// @generated from spec/eflo-controller/2022-12-15/types/FrontendNetworkDetail.json by `cargo xtask codegen`; do not edit.
//! The `FrontendNetworkDetail` data type.

/// The frontend network information.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FrontendNetworkDetail {
    /// The frontend network type.
    ///
    /// Wire name: `FrontendNetworkType`.
    #[serde(
        rename = "FrontendNetworkType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub frontend_network_type: Option<String>,
    /// Indicates whether jumbo frames are supported.
    ///
    /// Wire name: `JumboFrameSupported`.
    #[serde(
        rename = "JumboFrameSupported",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub jumbo_frame_supported: Option<bool>,
}

impl FrontendNetworkDetail {
    /// The frontend network type (`FrontendNetworkType`).
    pub fn frontend_network_type(&self) -> Option<&str> {
        self.frontend_network_type.as_deref()
    }

    /// Indicates whether jumbo frames are supported (`JumboFrameSupported`).
    pub fn jumbo_frame_supported(&self) -> Option<bool> {
        self.jumbo_frame_supported
    }
}

impl FrontendNetworkDetail {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "FrontendNetworkDetail",
    description: sdk_shape::Text::en("The frontend network information."),
    members: &[
        sdk_shape::MemberShape {
            name: "FrontendNetworkType",
            flag: "frontend-network-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The frontend network type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "JumboFrameSupported",
            flag: "jumbo-frame-supported",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether jumbo frames are supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
