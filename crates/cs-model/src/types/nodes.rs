// @generated from spec/cs/2015-12-15/types/Nodes.json by `cargo xtask codegen`; do not edit.
//! The `Nodes` data type.

/// The list of node details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Nodes {
    /// The time when the node was created. The time follows the ISO 8601 standard and includes the time zone.
    ///
    /// Wire name: `creation_time`.
    #[serde(rename = "creation_time", default, skip_serializing_if = "Option::is_none")]
    pub creation_time: Option<String>,
    /// The error message returned when the node was created.
    ///
    /// Wire name: `error_message`.
    #[serde(rename = "error_message", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
    /// The time when the node expires. The time follows the ISO 8601 standard and includes the time zone.
    ///
    /// Wire name: `expired_time`.
    #[serde(rename = "expired_time", default, skip_serializing_if = "Option::is_none")]
    pub expired_time: Option<String>,
    /// The hostname of the node.
    ///
    /// Wire name: `host_name`.
    #[serde(rename = "host_name", default, skip_serializing_if = "Option::is_none")]
    pub host_name: Option<String>,
    /// The ID of the system image used by the node.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The billing method of the node. Valid values:
    ///
    /// - `PrePaid`: subscription.
    /// - `PostPaid`: pay-as-you-go.
    ///
    /// Wire name: `instance_charge_type`.
    #[serde(
        rename = "instance_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_charge_type: Option<String>,
    /// The instance ID of the node.
    ///
    /// Wire name: `instance_id`.
    #[serde(rename = "instance_id", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// The name of the node in the cluster.
    ///
    /// Wire name: `instance_name`.
    #[serde(rename = "instance_name", default, skip_serializing_if = "Option::is_none")]
    pub instance_name: Option<String>,
    /// The role of the node. Valid values:
    ///
    /// - Master: the master node of the cluster.
    /// - Worker: the worker node of the cluster.
    ///
    /// Wire name: `instance_role`.
    #[serde(rename = "instance_role", default, skip_serializing_if = "Option::is_none")]
    pub instance_role: Option<String>,
    /// The ECS instance status of the node. Valid values:
    ///
    /// - `Pending`: the instance is being created.
    /// - `Running`: the instance is running.
    /// - `Starting`: the instance is starting.
    /// - `Stopping`: the instance is stopping.
    /// - `Stopped`: the instance is stopped.
    ///
    /// Wire name: `instance_status`.
    #[serde(
        rename = "instance_status",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_status: Option<String>,
    /// The node specifications.
    ///
    /// Wire name: `instance_type`.
    #[serde(rename = "instance_type", default, skip_serializing_if = "Option::is_none")]
    pub instance_type: Option<String>,
    /// The name of the ECS instance family to which the node belongs.
    ///
    /// Wire name: `instance_type_family`.
    #[serde(
        rename = "instance_type_family",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_type_family: Option<String>,
    /// The IP addresses of the node.
    ///
    /// Wire name: `ip_address`.
    #[serde(rename = "ip_address", default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<Vec<String>>,
    /// Specifies whether the node is an Alibaba Cloud instance. Valid values:
    ///
    /// - `true`: the node is an Alibaba Cloud instance.
    /// - `false`: the node is not an Alibaba Cloud instance.
    ///
    /// Wire name: `is_aliyun_node`.
    #[serde(rename = "is_aliyun_node", default, skip_serializing_if = "Option::is_none")]
    pub is_aliyun_node: Option<bool>,
    /// The name of the node, which is the node identifier in the cluster.
    ///
    /// Wire name: `node_name`.
    #[serde(rename = "node_name", default, skip_serializing_if = "Option::is_none")]
    pub node_name: Option<String>,
    /// Specifies whether the node is ready. Valid values:
    ///
    /// - `Ready`: the node is ready.
    /// - `NotReady`: the node is not ready.
    /// - `Unknown`: the status is unknown.
    /// - `Offline`: the node is offline.
    ///
    /// Wire name: `node_status`.
    #[serde(rename = "node_status", default, skip_serializing_if = "Option::is_none")]
    pub node_status: Option<String>,
    /// The node pool ID.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The method used to initialize the node, such as manual creation or creation by Resource Orchestration Service (ROS).
    ///
    /// Wire name: `source`.
    #[serde(rename = "source", default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The type of the spot instance. Valid values:
    ///
    /// - NoSpot: the instance is not a spot instance.
    /// - SpotWithPriceLimit: the instance is a spot instance with a maximum price limit.
    /// - SpotAsPriceGo: the instance is a spot instance whose price is automatically set based on the current market price.
    ///
    /// Wire name: `spot_strategy`.
    #[serde(rename = "spot_strategy", default, skip_serializing_if = "Option::is_none")]
    pub spot_strategy: Option<String>,
    /// The running state of the node. Valid values:
    ///
    /// - `pending`: the node is being created.
    /// - `running`: the node is running.
    /// - `starting`: the node is starting.
    /// - `stopping`: the node is stopping.
    /// - `stopped`: the node is stopped.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

impl Nodes {
    /// The time when the node was created. The time follows the ISO 8601 standard and includes the time zone (`creation_time`).
    pub fn creation_time(&self) -> Option<&str> {
        self.creation_time.as_deref()
    }

    /// The error message returned when the node was created (`error_message`).
    pub fn error_message(&self) -> Option<&str> {
        self.error_message.as_deref()
    }

    /// The time when the node expires. The time follows the ISO 8601 standard and includes the time zone (`expired_time`).
    pub fn expired_time(&self) -> Option<&str> {
        self.expired_time.as_deref()
    }

    /// The hostname of the node (`host_name`).
    pub fn host_name(&self) -> Option<&str> {
        self.host_name.as_deref()
    }

    /// The ID of the system image used by the node (`image_id`).
    pub fn image_id(&self) -> Option<&str> {
        self.image_id.as_deref()
    }

    /// The billing method of the node. Valid values: (`instance_charge_type`).
    pub fn instance_charge_type(&self) -> Option<&str> {
        self.instance_charge_type.as_deref()
    }

    /// The instance ID of the node (`instance_id`).
    pub fn instance_id(&self) -> Option<&str> {
        self.instance_id.as_deref()
    }

    /// The name of the node in the cluster (`instance_name`).
    pub fn instance_name(&self) -> Option<&str> {
        self.instance_name.as_deref()
    }

    /// The role of the node. Valid values: (`instance_role`).
    pub fn instance_role(&self) -> Option<&str> {
        self.instance_role.as_deref()
    }

    /// The ECS instance status of the node. Valid values: (`instance_status`).
    pub fn instance_status(&self) -> Option<&str> {
        self.instance_status.as_deref()
    }

    /// The node specifications (`instance_type`).
    pub fn instance_type(&self) -> Option<&str> {
        self.instance_type.as_deref()
    }

    /// The name of the ECS instance family to which the node belongs (`instance_type_family`).
    pub fn instance_type_family(&self) -> Option<&str> {
        self.instance_type_family.as_deref()
    }

    /// The IP addresses of the node (`ip_address`).
    pub fn ip_address(&self) -> &[String] {
        self.ip_address.as_deref().unwrap_or_default()
    }

    /// Specifies whether the node is an Alibaba Cloud instance. Valid values: (`is_aliyun_node`).
    pub fn is_aliyun_node(&self) -> Option<bool> {
        self.is_aliyun_node
    }

    /// The name of the node, which is the node identifier in the cluster (`node_name`).
    pub fn node_name(&self) -> Option<&str> {
        self.node_name.as_deref()
    }

    /// Specifies whether the node is ready. Valid values: (`node_status`).
    pub fn node_status(&self) -> Option<&str> {
        self.node_status.as_deref()
    }

    /// The node pool ID (`nodepool_id`).
    pub fn nodepool_id(&self) -> Option<&str> {
        self.nodepool_id.as_deref()
    }

    /// The method used to initialize the node, such as manual creation or creation by Resource Orchestration Service (ROS) (`source`).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The type of the spot instance. Valid values: (`spot_strategy`).
    pub fn spot_strategy(&self) -> Option<&str> {
        self.spot_strategy.as_deref()
    }

    /// The running state of the node. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }
}

impl Nodes {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Nodes",
    description: sdk_shape::Text::en("The list of node details."),
    members: &[
        sdk_shape::MemberShape {
            name: "creation_time",
            flag: "creation-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the node was created. The time follows the ISO 8601 standard and includes the time zone.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "error_message",
            flag: "error-message",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The error message returned when the node was created.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "expired_time",
            flag: "expired-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the node expires. The time follows the ISO 8601 standard and includes the time zone.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "host_name",
            flag: "host-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The hostname of the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the system image used by the node.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_charge_type",
            flag: "instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The billing method of the node. Valid values:\n\n- `PrePaid`: subscription.\n- `PostPaid`: pay-as-you-go.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_id",
            flag: "instance-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The instance ID of the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_name",
            flag: "instance-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the node in the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_role",
            flag: "instance-role",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The role of the node. Valid values:\n\n- Master: the master node of the cluster.\n- Worker: the worker node of the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_status",
            flag: "instance-status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ECS instance status of the node. Valid values:\n\n- `Pending`: the instance is being created.\n- `Running`: the instance is running.\n- `Starting`: the instance is starting.\n- `Stopping`: the instance is stopping.\n- `Stopped`: the instance is stopped.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_type",
            flag: "instance-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node specifications."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_type_family",
            flag: "instance-type-family",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the ECS instance family to which the node belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ip_address",
            flag: "ip-address",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP addresses of the node."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_aliyun_node",
            flag: "is-aliyun-node",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the node is an Alibaba Cloud instance. Valid values:\n\n- `true`: the node is an Alibaba Cloud instance.\n- `false`: the node is not an Alibaba Cloud instance.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_name",
            flag: "node-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the node, which is the node identifier in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_status",
            flag: "node-status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "Specifies whether the node is ready. Valid values:\n\n- `Ready`: the node is ready.\n- `NotReady`: the node is not ready.\n- `Unknown`: the status is unknown.\n- `Offline`: the node is offline.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "source",
            flag: "source",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The method used to initialize the node, such as manual creation or creation by Resource Orchestration Service (ROS).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "spot_strategy",
            flag: "spot-strategy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The type of the spot instance. Valid values:\n\n- NoSpot: the instance is not a spot instance.\n- SpotWithPriceLimit: the instance is a spot instance with a maximum price limit.\n- SpotAsPriceGo: the instance is a spot instance whose price is automatically set based on the current market price.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The running state of the node. Valid values:\n\n- `pending`: the node is being created.\n- `running`: the node is running.\n- `starting`: the node is starting.\n- `stopping`: the node is stopping.\n- `stopped`: the node is stopped.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
