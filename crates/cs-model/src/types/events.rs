// @generated from spec/cs/2015-12-15/types/Events.json by `cargo xtask codegen`; do not edit.
//! The `Events` data type.

/// The list of events.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Events {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The event description.
    ///
    /// Wire name: `data`.
    #[serde(rename = "data", default, skip_serializing_if = "Option::is_none")]
    pub data: Option<crate::types::Data>,
    /// The event ID.
    ///
    /// Wire name: `event_id`.
    #[serde(rename = "event_id", default, skip_serializing_if = "Option::is_none")]
    pub event_id: Option<String>,
    /// The event source.
    ///
    /// Wire name: `source`.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The object associated with the event.
    ///
    /// Wire name: `subject`.
    #[serde(rename = "subject", default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The start time of the event. The time is in ISO 8601 format and includes time zone information.
    ///
    /// Wire name: `time`.
    #[serde(rename = "time", default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The event type. Valid values:
    ///
    /// - cluster_create: cluster creation
    /// - cluster_scaleout: cluster scale-out
    /// - cluster_attach: addition of existing nodes
    /// - cluster_delete: cluster deletion
    /// - cluster_upgrade: cluster upgrade
    /// - cluster_migrate: cluster migration
    /// - cluster_node_delete: node removal
    /// - cluster_node_drain: node draining
    /// - cluster_modify: cluster modification
    /// - cluster_configuration_modify: cluster management configuration modification
    /// - cluster_addon_install: add-on installation
    /// - cluster_addon_upgrade: add-on upgrade
    /// - cluster_addon_uninstall: add-on uninstallation
    /// - runtime_upgrade: runtime upgrade
    /// - nodepool_upgrade: node pool upgrade
    /// - nodepool_update: node pool update
    ///
    /// Wire name: `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl Events {
    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The event description (`data`).
    pub fn data(&self) -> Option<&crate::types::Data> {
        self.data.as_ref()
    }

    /// The event ID (`event_id`).
    pub fn event_id(&self) -> Option<&str> {
        self.event_id.as_deref()
    }

    /// The event source (`source`).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The object associated with the event (`subject`).
    pub fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    /// The start time of the event. The time is in ISO 8601 format and includes time zone information (`time`).
    pub fn time(&self) -> Option<&str> {
        self.time.as_deref()
    }

    /// The event type. Valid values: (`type`).
    pub fn r#type(&self) -> Option<&str> {
        self.r#type.as_deref()
    }
}

impl Events {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Events",
    description: sdk_shape::Text::en("The list of events."),
    members: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "data",
            flag: "data",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::data::SHAPE),
            ),
            description: sdk_shape::Text::en("The event description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "event_id",
            flag: "event-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The event ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "source",
            flag: "source",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The event source."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "subject",
            flag: "subject",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The object associated with the event."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "time",
            flag: "time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the event. The time is in ISO 8601 format and includes time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "type",
            flag: "type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The event type. Valid values:\n\n- cluster_create: cluster creation\n- cluster_scaleout: cluster scale-out\n- cluster_attach: addition of existing nodes\n- cluster_delete: cluster deletion\n- cluster_upgrade: cluster upgrade\n- cluster_migrate: cluster migration\n- cluster_node_delete: node removal\n- cluster_node_drain: node draining\n- cluster_modify: cluster modification\n- cluster_configuration_modify: cluster management configuration modification\n- cluster_addon_install: add-on installation\n- cluster_addon_upgrade: add-on upgrade\n- cluster_addon_uninstall: add-on uninstallation\n- runtime_upgrade: runtime upgrade\n- nodepool_upgrade: node pool upgrade\n- nodepool_update: node pool update",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
