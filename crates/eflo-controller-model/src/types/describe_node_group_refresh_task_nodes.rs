// @generated from spec/eflo-controller/2022-12-15/types/DescribeNodeGroupRefreshTaskNodes.json by `cargo xtask codegen`; do not edit.
//! The `DescribeNodeGroupRefreshTaskNodes` data type.

/// The list of nodes.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeNodeGroupRefreshTaskNodes {
    /// The action level actually performed on the node. If multiple properties are refreshed on the node, the highest required action level is used. Valid values:
    ///
    /// - Refresh: in-place refresh.
    /// - Reboot: restart.
    /// - Reimage: reimage.
    ///
    /// If the entire node is skipped, this value is empty.
    ///
    /// Wire name: `Action`.
    #[serde(rename = "Action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The error code.
    ///
    /// Wire name: `ErrorCode`.
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// The error message.
    ///
    /// Wire name: `ErrorMessage`.
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The property drift list for the node, including both executed and skipped properties.
    ///
    /// Wire name: `PropertyDrifts`.
    #[serde(rename = "PropertyDrifts", default, skip_serializing_if = "Option::is_none")]
    pub property_drifts: Option<Vec<crate::types::PropertyDrifts>>,
    /// The node refresh status. Valid values:
    ///
    /// - Pending: the node is waiting to be refreshed.
    /// - InProgress: the node is being refreshed.
    /// - Success: the node is refreshed.
    /// - Failed: the node failed to be refreshed.
    /// - Skipped: all properties to be refreshed on the node exceeded the MaxDisruptiveAction constraint and were skipped.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl DescribeNodeGroupRefreshTaskNodes {
    /// The action level actually performed on the node. If multiple properties are refreshed on the node, the highest required action level is used. Valid values: (`Action`).
    pub fn action(&self) -> Option<&str> {
        self.action.as_deref()
    }

    /// The error code (`ErrorCode`).
    pub fn error_code(&self) -> Option<&str> {
        self.error_code.as_deref()
    }

    /// The error message (`ErrorMessage`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The property drift list for the node, including both executed and skipped properties (`PropertyDrifts`).
    pub fn property_drifts(&self) -> &[crate::types::PropertyDrifts] {
        self.property_drifts.as_deref().unwrap_or_default()
    }

    /// The node refresh status. Valid values: (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}

impl DescribeNodeGroupRefreshTaskNodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "DescribeNodeGroupRefreshTaskNodes",
    description: sdk_shape::Text::en("The list of nodes."),
    members: &[
        sdk_shape::MemberShape {
            name: "Action",
            flag: "action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The action level actually performed on the node. If multiple properties are refreshed on the node, the highest required action level is used. Valid values:\n\n- Refresh: in-place refresh.\n- Reboot: restart.\n- Reimage: reimage.\n\nIf the entire node is skipped, this value is empty.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorCode",
            flag: "error-code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The error code."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ErrorMessage",
            flag: "error-message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The error message."),
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
            name: "PropertyDrifts",
            flag: "property-drifts",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::property_drifts::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The property drift list for the node, including both executed and skipped properties.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node refresh status. Valid values:\n\n- Pending: the node is waiting to be refreshed.\n- InProgress: the node is being refreshed.\n- Success: the node is refreshed.\n- Failed: the node failed to be refreshed.\n- Skipped: all properties to be refreshed on the node exceeded the MaxDisruptiveAction constraint and were skipped.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
