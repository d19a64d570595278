// @generated from spec/eflo-controller/2022-12-15/types/DescribeHyperNodeNodes.json by `cargo xtask codegen`; do not edit.
//! The `DescribeHyperNodeNodes` data type.

/// The list of nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeHyperNodeNodes {
    /// The disk information.
    ///
    /// Wire name: `Disks`.
    #[serde(rename = "Disks", default, skip_serializing_if = "Option::is_none")]
    pub disks: Option<Vec<crate::types::Disks>>,
    /// The hostname.
    ///
    /// Wire name: `Hostname`.
    #[serde(rename = "Hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The image ID.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The image name.
    ///
    /// Wire name: `ImageName`.
    #[serde(rename = "ImageName", default, skip_serializing_if = "Option::is_none")]
    pub image_name: Option<String>,
    /// The network information.
    ///
    /// Wire name: `Networks`.
    #[serde(rename = "Networks", default, skip_serializing_if = "Option::is_none")]
    pub networks: Option<crate::types::DescribeHyperNodeNetworks>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The node status.
    ///
    /// Wire name: `OperatingState`.
    #[serde(rename = "OperatingState", default, skip_serializing_if = "Option::is_none")]
    pub operating_state: Option<String>,
    /// The status.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The user-defined script.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
}

impl DescribeHyperNodeNodes {
    /// The disk information (`Disks`).
    pub fn disks(&self) -> &[crate::types::Disks] {
        self.disks.as_deref().unwrap_or_default()
    }

    /// The hostname (`Hostname`).
    pub fn hostname(&self) -> Option<&str> {
        self.hostname.as_deref()
    }

    /// The image ID (`ImageId`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The image name (`ImageName`).
    pub fn image_name(&self) -> Option<&str> {
        self.image_name.as_deref()
    }

    /// The network information (`Networks`).
    pub fn networks(&self) -> Option<&crate::types::DescribeHyperNodeNetworks> {
        self.networks.as_ref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The node status (`OperatingState`).
    pub fn operating_state(&self) -> Option<&str> {
        self.operating_state.as_deref()
    }

    /// The status (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The user-defined script (`UserData`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }
}

impl DescribeHyperNodeNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeHyperNodeNodes",
    description: sdk_shape::Text::en("The list of nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "Disks",
            flag: "disks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::disks::SHAPE),
            ),
            description: sdk_shape::Text::en("The disk information."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hostname",
            flag: "hostname",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageId",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageName",
            flag: "image-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The image name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Networks",
            flag: "networks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::describe_hyper_node_networks::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The network information."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "OperatingState",
            flag: "operating-state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The user-defined script."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
