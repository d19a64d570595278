// @generated from spec/cs/2015-12-15/types/Status.json by `cargo xtask codegen`; do not edit.
//! The `Status` data type.

/// The status of the node pool.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Status {
    /// The current conditions of the node pool, which indicate the status information of the node pool in different dimensions.
    ///
    /// Wire name: `conditions`.
    #[serde(rename = "conditions", default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Vec<crate::types::Conditions>>,
    /// The number of failed nodes.
    ///
    /// Wire name: `failed_nodes`.
    #[serde(rename = "failed_nodes", default, skip_serializing_if = "Option::is_none")]
    pub failed_nodes: Option<i64>,
    /// The number of healthy nodes.
    ///
    /// Wire name: `healthy_nodes`.
    #[serde(rename = "healthy_nodes", default, skip_serializing_if = "Option::is_none")]
    pub healthy_nodes: Option<i64>,
    /// The number of nodes being created.
    ///
    /// Wire name: `initial_nodes`.
    #[serde(rename = "initial_nodes", default, skip_serializing_if = "Option::is_none")]
    pub initial_nodes: Option<i64>,
    /// The number of offline nodes.
    ///
    /// Wire name: `offline_nodes`.
    #[serde(rename = "offline_nodes", default, skip_serializing_if = "Option::is_none")]
    pub offline_nodes: Option<i64>,
    /// The number of nodes being removed.
    ///
    /// Wire name: `removing_nodes`.
    #[serde(rename = "removing_nodes", default, skip_serializing_if = "Option::is_none")]
    pub removing_nodes: Option<i64>,
    /// The number of serving nodes.
    ///
    /// Wire name: `serving_nodes`.
    #[serde(rename = "serving_nodes", default, skip_serializing_if = "Option::is_none")]
    pub serving_nodes: Option<i64>,
    /// The state of the node pool. Valid values:
    ///
    /// - `active`: Activated.
    /// - `scaling`: Scaling.
    /// - `removing`: Removing nodes.
    /// - `deleting`: Deleting.
    /// - `updating`: Updating.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The total number of nodes in the node pool.
    ///
    /// Wire name: `total_nodes`.
    #[serde(rename = "total_nodes", default, skip_serializing_if = "Option::is_none")]
    pub total_nodes: Option<i64>,
}

impl Status {
    /// The current conditions of the node pool, which indicate the status information of the node pool in different dimensions (`conditions`).
    pub fn conditions(&self) -> &[crate::types::Conditions] {
        self.conditions.as_deref().unwrap_or_default()
    }

    /// The number of failed nodes (`failed_nodes`).
    pub fn failed_nodes(&self) -> Option<i64> {
        self.failed_nodes
    }

    /// The number of healthy nodes (`healthy_nodes`).
    pub fn healthy_nodes(&self) -> Option<i64> {
        self.healthy_nodes
    }

    /// The number of nodes being created (`initial_nodes`).
    pub fn initial_nodes(&self) -> Option<i64> {
        self.initial_nodes
    }

    /// The number of offline nodes (`offline_nodes`).
    pub fn offline_nodes(&self) -> Option<i64> {
        self.offline_nodes
    }

    /// The number of nodes being removed (`removing_nodes`).
    pub fn removing_nodes(&self) -> Option<i64> {
        self.removing_nodes
    }

    /// The number of serving nodes (`serving_nodes`).
    pub fn serving_nodes(&self) -> Option<i64> {
        self.serving_nodes
    }

    /// The state of the node pool. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The total number of nodes in the node pool (`total_nodes`).
    pub fn total_nodes(&self) -> Option<i64> {
        self.total_nodes
    }
}

impl Status {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Status",
    description: sdk_shape::Text::en("The status of the node pool."),
    members: &[
        sdk_shape::MemberShape {
            name: "conditions",
            flag: "conditions",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::conditions::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The current conditions of the node pool, which indicate the status information of the node pool in different dimensions.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "failed_nodes",
            flag: "failed-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of failed nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "healthy_nodes",
            flag: "healthy-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of healthy nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "initial_nodes",
            flag: "initial-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes being created."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "offline_nodes",
            flag: "offline-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of offline nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "removing_nodes",
            flag: "removing-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes being removed."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "serving_nodes",
            flag: "serving-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of serving nodes."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The state of the node pool. Valid values:\n\n- `active`: Activated.\n- `scaling`: Scaling.\n- `removing`: Removing nodes.\n- `deleting`: Deleting.\n- `updating`: Updating.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "total_nodes",
            flag: "total-nodes",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The total number of nodes in the node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
