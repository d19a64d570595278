// @generated from spec/cs/2015-12-15/types/Clusters.json by `cargo xtask codegen`; do not edit.
//! The `Clusters` data type.

/// The list of cluster details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Clusters {
    /// The local domain name of the cluster.
    ///
    /// Wire name: `cluster_domain`.
    #[serde(rename = "cluster_domain", default, skip_serializing_if = "Option::is_none")]
    pub cluster_domain: Option<String>,
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The specification of the cluster. Valid values:
    ///
    /// - `ack.standard`: Basic Edition.
    /// - `ack.pro.small`: Pro Edition.
    /// - `ack.pro.xlarge`: Pro XL.
    /// - `ack.pro.2xlarge`: Pro 2XL.
    /// - `ack.pro.4xlarge`: Pro 4XL. To use this specification, submit a ticket to contact customer service and apply for whitelist access.
    ///
    /// Pro XL, Pro 2XL, and Pro 4XL are the three tiers provided by the \<props="china">[ACK Pro provisioned control plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\<props="intl">[ACK Pro provisioned control plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and reserving control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain consistently at a high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.
    ///
    /// For more information about the cluster management fees for the Pro Edition and provisioned control plane editions, see \<props="china">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\<props="intl">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// The cluster type. Valid values:
    ///
    /// - Kubernetes: ACK dedicated cluster.
    /// - ManagedKubernetes: ACK managed clusters, including ACK managed clusters (ACK Pro and ACK Basic), ACK Serverless clusters (Pro and Basic), ACK Edge clusters (Pro and Basic), and ACK Lingjun clusters (Pro).
    /// - ExternalKubernetes: registered cluster.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The CIDR block for pods in the cluster.
    ///
    /// Wire name: `container_cidr`.
    #[serde(rename = "container_cidr", default, skip_serializing_if = "Option::is_none")]
    pub container_cidr: Option<String>,
    /// The time when the cluster was created.
    ///
    /// Wire name: `created`.
    #[serde(rename = "created", default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// The current version of the cluster.
    ///
    /// Wire name: `current_version`.
    #[serde(
        rename = "current_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_version: Option<String>,
    /// Indicates whether deletion protection is enabled for the cluster to prevent accidental deletion through the console or API. Valid values:
    ///
    /// - true: Deletion protection is enabled. The cluster cannot be deleted through the console or API.
    /// - false: Deletion protection is disabled. The cluster can be deleted through the console or API.
    ///
    /// Wire name: `deletion_protection`.
    #[serde(
        rename = "deletion_protection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    /// The initial version of the cluster.
    ///
    /// Wire name: `init_version`.
    #[serde(rename = "init_version", default, skip_serializing_if = "Option::is_none")]
    pub init_version: Option<String>,
    /// The IP stack of the cluster.
    ///
    /// Wire name: `ip_stack`.
    #[serde(rename = "ip_stack", default, skip_serializing_if = "Option::is_none")]
    pub ip_stack: Option<String>,
    /// The name of the cluster.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The version to which the cluster can be upgraded.
    ///
    /// Wire name: `next_version`.
    #[serde(rename = "next_version", default, skip_serializing_if = "Option::is_none")]
    pub next_version: Option<String>,
    /// The subtype of the cluster. Valid values:
    ///
    /// - Default: ACK managed clusters, including ACK Pro and ACK Basic.
    /// - Edge: ACK Edge clusters, including ACK Edge Pro and ACK Edge Basic.
    /// - Serverless: ACK Serverless clusters, including ACK Serverless Pro and ACK Serverless Basic.
    /// - LingJun: ACK Lingjun clusters, which provide the Pro edition.
    ///
    /// Default: `"ACK"`.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The proxy mode of kube-proxy in the cluster.
    ///
    /// Wire name: `proxy_mode`.
    #[serde(rename = "proxy_mode", default, skip_serializing_if = "Option::is_none")]
    pub proxy_mode: Option<String>,
    /// The region ID.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The ID of the resource group to which the cluster belongs.
    ///
    /// Wire name: `resource_group_id`.
    #[serde(
        rename = "resource_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_group_id: Option<String>,
    /// The ID of the security group to which the cluster belongs.
    ///
    /// Wire name: `security_group_id`.
    #[serde(
        rename = "security_group_id",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_id: Option<String>,
    /// The CIDR block for services.
    ///
    /// Wire name: `service_cidr`.
    #[serde(rename = "service_cidr", default, skip_serializing_if = "Option::is_none")]
    pub service_cidr: Option<String>,
    /// The number of nodes in the cluster.
    ///
    /// Wire name: `size`.
    #[serde(rename = "size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    /// The running status of the cluster. Valid values:
    ///
    /// - `initial`: The cluster is being created.
    /// - `failed`: The cluster failed to be created.
    /// - `running`: The cluster is running.
    /// - `updating`: The cluster is being updated.
    /// - `upgrading`: The cluster is being upgraded.
    /// - `removing`: Nodes are being removed.
    /// - `draining`: Nodes are being drained.
    /// - `scaling`: The cluster is being scaled.
    /// - `inactive`: The cluster is inactive.
    /// - `unavailable`: The cluster is unavailable.
    /// - `deleting`: The cluster is being deleted.
    /// - `deleted`: The cluster is deleted.
    /// - `delete_failed`: The cluster failed to be deleted.
    /// - `waiting`: The cluster is waiting to be accessed.
    /// - `disconnected`: The cluster is disconnected.
    ///
    /// Wire name: `state`.
    #[serde(rename = "state", default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The list of tags for the cluster.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The time zone.
    ///
    /// Wire name: `timezone`.
    #[serde(rename = "timezone", default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The time when the cluster was last updated.
    ///
    /// Wire name: `updated`.
    #[serde(rename = "updated", default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// The ID of the VPC where the cluster is deployed.
    ///
    /// Wire name: `vpc_id`.
    #[serde(rename = "vpc_id", default, skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// The list of vSwitches for the cluster control plane.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
}

impl Clusters {
    /// The local domain name of the cluster (`cluster_domain`).
    pub fn cluster_domain(&self) -> Option<&str> {
        self.cluster_domain.as_deref()
    }

    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The specification of the cluster. Valid values: (`cluster_spec`).
    pub fn cluster_spec(&self) -> Option<&str> {
        self.cluster_spec.as_deref()
    }

    /// The cluster type. Valid values: (`cluster_type`).
    pub fn cluster_type(&self) -> Option<&str> {
        self.cluster_type.as_deref()
    }

    /// The CIDR block for pods in the cluster (`container_cidr`).
    pub fn container_cidr(&self) -> Option<&str> {
        self.container_cidr.as_deref()
    }

    /// The time when the cluster was created (`created`).
    pub fn created(&self) -> Option<&str> {
        self.created.as_deref()
    }

    /// The current version of the cluster (`current_version`).
    pub fn current_version(&self) -> Option<&str> {
        self.current_version.as_deref()
    }

    /// Indicates whether deletion protection is enabled for the cluster to prevent accidental deletion through the console or API. Valid values: (`deletion_protection`).
    pub fn deletion_protection(&self) -> Option<bool> {
        self.deletion_protection
    }

    /// The initial version of the cluster (`init_version`).
    pub fn init_version(&self) -> Option<&str> {
        self.init_version.as_deref()
    }

    /// The IP stack of the cluster (`ip_stack`).
    pub fn ip_stack(&self) -> Option<&str> {
        self.ip_stack.as_deref()
    }

    /// The name of the cluster (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The version to which the cluster can be upgraded (`next_version`).
    pub fn next_version(&self) -> Option<&str> {
        self.next_version.as_deref()
    }

    /// The subtype of the cluster. Valid values: (`profile`).
    pub fn profile(&self) -> Option<&str> {
        self.profile.as_deref()
    }

    /// The proxy mode of kube-proxy in the cluster (`proxy_mode`).
    pub fn proxy_mode(&self) -> Option<&str> {
        self.proxy_mode.as_deref()
    }

    /// The region ID (`region_id`).
    pub fn region_id(&self) -> Option<&str> {
        self.region_id.as_deref()
    }

    /// The ID of the resource group to which the cluster belongs (`resource_group_id`).
    pub fn resource_group_id(&self) -> Option<&str> {
        self.resource_group_id.as_deref()
    }

    /// The ID of the security group to which the cluster belongs (`security_group_id`).
    pub fn security_group_id(&self) -> Option<&str> {
        self.security_group_id.as_deref()
    }

    /// The CIDR block for services (`service_cidr`).
    pub fn service_cidr(&self) -> Option<&str> {
        self.service_cidr.as_deref()
    }

    /// The number of nodes in the cluster (`size`).
    pub fn size(&self) -> Option<i64> {
        self.size
    }

    /// The running status of the cluster. Valid values: (`state`).
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The list of tags for the cluster (`tags`).
    pub fn tags(&self) -> &[crate::types::Tag] {
        self.tags.as_deref().unwrap_or_default()
    }

    /// The time zone (`timezone`).
    pub fn timezone(&self) -> Option<&str> {
        self.timezone.as_deref()
    }

    /// The time when the cluster was last updated (`updated`).
    pub fn updated(&self) -> Option<&str> {
        self.updated.as_deref()
    }

    /// The ID of the VPC where the cluster is deployed (`vpc_id`).
    pub fn vpc_id(&self) -> Option<&str> {
        self.vpc_id.as_deref()
    }

    /// The list of vSwitches for the cluster control plane (`vswitch_ids`).
    pub fn vswitch_ids(&self) -> &[String] {
        self.vswitch_ids.as_deref().unwrap_or_default()
    }
}

impl Clusters {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Clusters",
    description: sdk_shape::Text::en("The list of cluster details."),
    members: &[
        sdk_shape::MemberShape {
            name: "cluster_domain",
            flag: "cluster-domain",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The local domain name of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The specification of the cluster. Valid values:\n\n- `ack.standard`: Basic Edition.\n- `ack.pro.small`: Pro Edition.\n- `ack.pro.xlarge`: Pro XL.\n- `ack.pro.2xlarge`: Pro 2XL.\n- `ack.pro.4xlarge`: Pro 4XL. To use this specification, submit a ticket to contact customer service and apply for whitelist access.\n\nPro XL, Pro 2XL, and Pro 4XL are the three tiers provided by the \\<props=\"china\">[ACK Pro provisioned control plane](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane)\\<props=\"intl\">[ACK Pro provisioned control plane](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/user-guide/ack-pro-provisioned-control-plane). By pre-allocating and reserving control plane resources, these tiers ensure that API concurrency and pod scheduling capabilities remain consistently at a high level. They are suitable for AI training and inference, ultra-large-scale clusters, and mission-critical workloads.\n\nFor more information about the cluster management fees for the Pro Edition and provisioned control plane editions, see \\<props=\"china\">[Cluster management fees](https://help.aliyun.com/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee)\\<props=\"intl\">[Cluster management fees](https://www.alibabacloud.com/help/ack/ack-managed-and-ack-dedicated/product-overview/cluster-management-fee).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster type. Valid values:\n\n- Kubernetes: ACK dedicated cluster.\n- ManagedKubernetes: ACK managed clusters, including ACK managed clusters (ACK Pro and ACK Basic), ACK Serverless clusters (Pro and Basic), ACK Edge clusters (Pro and Basic), and ACK Lingjun clusters (Pro).\n- ExternalKubernetes: registered cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "container_cidr",
            flag: "container-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CIDR block for pods in the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "created",
            flag: "created",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time when the cluster was created."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "current_version",
            flag: "current-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The current version of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "deletion_protection",
            flag: "deletion-protection",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether deletion protection is enabled for the cluster to prevent accidental deletion through the console or API. Valid values:\n\n- true: Deletion protection is enabled. The cluster cannot be deleted through the console or API.\n- false: Deletion protection is disabled. The cluster can be deleted through the console or API.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "init_version",
            flag: "init-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The initial version of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ip_stack",
            flag: "ip-stack",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The IP stack of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_version",
            flag: "next-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The version to which the cluster can be upgraded.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The subtype of the cluster. Valid values:\n\n- Default: ACK managed clusters, including ACK Pro and ACK Basic.\n- Edge: ACK Edge clusters, including ACK Edge Pro and ACK Edge Basic.\n- Serverless: ACK Serverless clusters, including ACK Serverless Pro and ACK Serverless Basic.\n- LingJun: ACK Lingjun clusters, which provide the Pro edition.",
            ),
            default: Some("\"ACK\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "proxy_mode",
            flag: "proxy-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The proxy mode of kube-proxy in the cluster.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The region ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "resource_group_id",
            flag: "resource-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the resource group to which the cluster belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "security_group_id",
            flag: "security-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the security group to which the cluster belongs.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "service_cidr",
            flag: "service-cidr",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The CIDR block for services."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "size",
            flag: "size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The number of nodes in the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "state",
            flag: "state",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The running status of the cluster. Valid values:\n\n- `initial`: The cluster is being created.\n- `failed`: The cluster failed to be created.\n- `running`: The cluster is running.\n- `updating`: The cluster is being updated.\n- `upgrading`: The cluster is being upgraded.\n- `removing`: Nodes are being removed.\n- `draining`: Nodes are being drained.\n- `scaling`: The cluster is being scaled.\n- `inactive`: The cluster is inactive.\n- `unavailable`: The cluster is unavailable.\n- `deleting`: The cluster is being deleted.\n- `deleted`: The cluster is deleted.\n- `delete_failed`: The cluster failed to be deleted.\n- `waiting`: The cluster is waiting to be accessed.\n- `disconnected`: The cluster is disconnected.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of tags for the cluster."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "timezone",
            flag: "timezone",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The time zone."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "updated",
            flag: "updated",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the cluster was last updated.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vpc_id",
            flag: "vpc-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the VPC where the cluster is deployed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of vSwitches for the cluster control plane.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
