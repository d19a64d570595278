// @generated from spec/eflo-controller/2022-12-15/types/ListSyslogsLogs.json by `cargo xtask codegen`; do not edit.
//! The `ListSyslogsLogs` data type.

/// The paginated list of log objects.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListSyslogsLogs {
    /// The cluster ID.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The security domain of the client.
    ///
    /// Wire name: `Domain`.
    #[serde(rename = "Domain", default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The Linux syslog standard field.
    ///
    /// Wire name: `Facility`.
    #[serde(rename = "Facility", default, skip_serializing_if = "Option::is_none")]
    pub facility: Option<String>,
    /// The hostname of the client.
    ///
    /// Wire name: `Hostname`.
    #[serde(rename = "Hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// The IP address of the client.
    ///
    /// Wire name: `Ip`.
    #[serde(rename = "Ip", default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// The syslog content.
    ///
    /// Wire name: `Msg`.
    #[serde(rename = "Msg", default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The Linux syslog standard field.
    ///
    /// Wire name: `Severity`.
    #[serde(rename = "Severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// The unique identifier of the machine.
    ///
    /// Wire name: `Sn`.
    #[serde(rename = "Sn", default, skip_serializing_if = "Option::is_none")]
    pub sn: Option<String>,
    /// The hostname of the syslog server.
    ///
    /// Wire name: `Source`.
    #[serde(rename = "Source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The Linux syslog standard field.
    ///
    /// Wire name: `Syslogtag`.
    #[serde(rename = "Syslogtag", default, skip_serializing_if = "Option::is_none")]
    pub syslogtag: Option<String>,
    /// The tag for the hostname.
    ///
    /// Wire name: `TagHostname`.
    #[serde(rename = "TagHostname", default, skip_serializing_if = "Option::is_none")]
    pub tag_hostname: Option<String>,
    /// The tag for the pack ID.
    ///
    /// Wire name: `TagPackId`.
    #[serde(rename = "TagPackId", default, skip_serializing_if = "Option::is_none")]
    pub tag_pack_id: Option<String>,
    /// The tag for the path.
    ///
    /// Wire name: `TagPath`.
    #[serde(rename = "TagPath", default, skip_serializing_if = "Option::is_none")]
    pub tag_path: Option<String>,
    /// The tag for the receive time. Specify a UNIX timestamp in seconds.
    ///
    /// Wire name: `TagReceiveTime`.
    #[serde(rename = "TagReceiveTime", default, skip_serializing_if = "Option::is_none")]
    pub tag_receive_time: Option<String>,
    /// The tag for the user-defined ID.
    ///
    /// Wire name: `TagUserDefinedId`.
    #[serde(
        rename = "TagUserDefinedId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tag_user_defined_id: Option<String>,
    /// The time in UNIX timestamp format.
    ///
    /// Wire name: `Time`.
    #[serde(rename = "Time", default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The topic, which is logserver or log2sls. Both are syslog servers. logserver collects logs over TCP, and log2sls collects logs over UDP.
    ///
    /// Wire name: `Topic`.
    #[serde(rename = "Topic", default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

impl ListSyslogsLogs {
    /// The cluster ID (`ClusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The security domain of the client (`Domain`).
    pub fn domain(&self) -> Option<&str> {
        self.domain.as_deref()
    }

    /// The Linux syslog standard field (`Facility`).
    pub fn facility(&self) -> Option<&str> {
        self.facility.as_deref()
    }

    /// The hostname of the client (`Hostname`).
    pub fn hostname(&self) -> Option<&str> {
        self.hostname.as_deref()
    }

    /// The IP address of the client (`Ip`).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// The syslog content (`Msg`).
    pub fn msg(&self) -> Option<&str> {
        self.msg.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The Linux syslog standard field (`Severity`).
    pub fn severity(&self) -> Option<&str> {
        self.severity.as_deref()
    }

    /// The unique identifier of the machine (`Sn`).
    pub fn sn(&self) -> Option<&str> {
        self.sn.as_deref()
    }

    /// The hostname of the syslog server (`Source`).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The Linux syslog standard field (`Syslogtag`).
    pub fn syslogtag(&self) -> Option<&str> {
        self.syslogtag.as_deref()
    }

    /// The tag for the hostname (`TagHostname`).
    pub fn tag_hostname(&self) -> Option<&str> {
        self.tag_hostname.as_deref()
    }

    /// The tag for the pack ID (`TagPackId`).
    pub fn tag_pack_id(&self) -> Option<&str> {
        self.tag_pack_id.as_deref()
    }

    /// The tag for the path (`TagPath`).
    pub fn tag_path(&self) -> Option<&str> {
        self.tag_path.as_deref()
    }

    /// The tag for the receive time. Specify a UNIX timestamp in seconds (`TagReceiveTime`).
    pub fn tag_receive_time(&self) -> Option<&str> {
        self.tag_receive_time.as_deref()
    }

    /// The tag for the user-defined ID (`TagUserDefinedId`).
    pub fn tag_user_defined_id(&self) -> Option<&str> {
        self.tag_user_defined_id.as_deref()
    }

    /// The time in UNIX timestamp format (`Time`).
    pub fn time(&self) -> Option<&str> {
        self.time.as_deref()
    }

    /// The topic, which is logserver or log2sls. Both are syslog servers. logserver collects logs over TCP, and log2sls collects logs over UDP (`Topic`).
    pub fn topic(&self) -> Option<&str> {
        self.topic.as_deref()
    }
}

impl ListSyslogsLogs {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "ListSyslogsLogs",
    description: sdk_shape::Text::en("The paginated list of log objects."),
    members: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Domain",
            flag: "domain",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The security domain of the client."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Facility",
            flag: "facility",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Linux syslog standard field."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Hostname",
            flag: "hostname",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname of the client."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Ip",
            flag: "ip",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP address of the client."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Msg",
            flag: "msg",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The syslog content."),
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
            name: "Severity",
            flag: "severity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Linux syslog standard field."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Sn",
            flag: "sn",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The unique identifier of the machine."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Source",
            flag: "source",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname of the syslog server."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Syslogtag",
            flag: "syslogtag",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The Linux syslog standard field."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagHostname",
            flag: "tag-hostname",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag for the hostname."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagPackId",
            flag: "tag-pack-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag for the pack ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagPath",
            flag: "tag-path",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag for the path."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagReceiveTime",
            flag: "tag-receive-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The tag for the receive time. Specify a UNIX timestamp in seconds.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TagUserDefinedId",
            flag: "tag-user-defined-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The tag for the user-defined ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Time",
            flag: "time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time in UNIX timestamp format."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Topic",
            flag: "topic",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The topic, which is logserver or log2sls. Both are syslog servers. logserver collects logs over TCP, and log2sls collects logs over UDP.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
