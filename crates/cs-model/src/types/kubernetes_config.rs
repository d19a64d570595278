// @generated from spec/cs/2015-12-15/types/KubernetesConfig.json by `cargo xtask codegen`; do not edit.
//! The `KubernetesConfig` data type.

/// The cluster configurations.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct KubernetesConfig {
    /// Specifies whether to install CloudMonitor on Elastic Compute Service (ECS) nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Enabling this feature is recommended. Valid values:
    ///
    /// - `true`: installs CloudMonitor on ECS nodes.
    ///
    /// - `false`: does not install CloudMonitor on ECS nodes.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `cms_enabled`.
    #[serde(rename = "cms_enabled", default, skip_serializing_if = "Option::is_none")]
    pub cms_enabled: Option<bool>,
    /// The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later:
    ///
    /// - `static`: allows you to enhance CPU affinity and exclusivity for pods with specific resource characteristics on the node.
    /// - `none`: enables the existing default CPU affinity scheme.
    ///
    /// Default value: `none`.
    ///
    /// Default: `"none"`.
    ///
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// The labels added to the nodes in the Kubernetes cluster.
    ///
    /// Wire name: `labels`.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<crate::types::Tag>>,
    /// The custom node name. After you customize the node name, the node name, ECS instance name, and ECS instance hostname are changed at the same time.
    ///
    /// > For Windows instances with custom node names enabled, the hostname is fixed to the IP address, with hyphens (-) replacing dots (.) in the IP address, and does not include prefixes or suffixes.
    ///
    /// The node name consists of three parts: a prefix, the node IP address, and a suffix:
    ///
    /// - The total length is 2 to 64 characters. The node name must start and end with a lowercase letter or a digit.
    ///
    /// - The prefix and suffix can contain uppercase and lowercase letters, digits, hyphens (-), and dots (.). They must start with a letter and cannot start or end with a hyphen (-) or a dot (.). Consecutive hyphens (-) or dots (.) are not allowed.
    ///
    /// - The prefix is required (due to ECS limits), and the suffix is optional.
    ///
    /// - The node IP address is the complete private IP address of the node.
    ///
    /// For example, if the node IP address is 192.XX.YY.55, the specified prefix is aliyun.com, and the suffix is test:
    ///
    /// - If the node is a Linux node, the node name, ECS instance name, and ECS instance hostname are all aliyun.com192.XX.YY.55test.
    ///
    /// - If the node is a Windows node, the ECS instance hostname is 192-XX-YY-55, and both the node name and ECS instance name are aliyun.com192.XX.YY.55test.
    ///
    /// Wire name: `node_name_mode`.
    #[serde(rename = "node_name_mode", default, skip_serializing_if = "Option::is_none")]
    pub node_name_mode: Option<String>,
    /// The pre-custom data of the instance. Before the node joins the cluster, the specified pre-custom data script is run. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html).
    ///
    /// Wire name: `pre_user_data`.
    #[serde(rename = "pre_user_data", default, skip_serializing_if = "Option::is_none")]
    pub pre_user_data: Option<String>,
    /// The name of the container runtime. Container Service for Kubernetes (ACK) supports the following three container runtimes:
    ///
    /// - containerd: recommended. Supported by all cluster versions.
    /// - Sandboxed-Container.runv: secure sandboxed containers that provide higher isolation. Supported by clusters of version 1.31 and earlier.
    /// - docker: no longer maintained. Supported by clusters of version 1.22 and earlier.
    ///
    /// Default value: containerd.
    ///
    /// Default: `"containerd"`.
    ///
    /// Wire name: `runtime`.
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<String>,
    /// The container runtime version.
    ///
    /// Wire name: `runtime_version`.
    #[serde(
        rename = "runtime_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_version: Option<String>,
    /// The taint configurations.
    ///
    /// Wire name: `taints`.
    #[serde(rename = "taints", default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<crate::types::Taint>>,
    /// Specifies whether the scaled-out nodes are unschedulable.
    ///
    /// - true: unschedulable.
    ///
    /// - false: schedulable.
    ///
    /// Wire name: `unschedulable`.
    #[serde(rename = "unschedulable", default, skip_serializing_if = "Option::is_none")]
    pub unschedulable: Option<bool>,
    /// The instance user data. After a node joins the cluster, the specified instance user data script runs. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html).
    ///
    /// Wire name: `user_data`.
    #[serde(rename = "user_data", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
}

impl KubernetesConfig {
    /// Sets `cms_enabled`: Specifies whether to install CloudMonitor on Elastic Compute Service (ECS) nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Enabling this feature is recommended. Valid values:.
    pub fn with_cms_enabled(mut self, value: bool) -> Self {
        self.cms_enabled = Some(value);
        self
    }

    /// Sets `cpu_policy`: The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later:.
    pub fn with_cpu_policy(mut self, value: impl Into<String>) -> Self {
        self.cpu_policy = Some(value.into());
        self
    }

    /// Sets `labels`: The labels added to the nodes in the Kubernetes cluster.
    pub fn with_labels(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Tag>>,
    ) -> Self {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `node_name_mode`: The custom node name. After you customize the node name, the node name, ECS instance name, and ECS instance hostname are changed at the same time.
    pub fn with_node_name_mode(mut self, value: impl Into<String>) -> Self {
        self.node_name_mode = Some(value.into());
        self
    }

    /// Sets `pre_user_data`: The pre-custom data of the instance. Before the node joins the cluster, the specified pre-custom data script is run. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html).
    pub fn with_pre_user_data(mut self, value: impl Into<String>) -> Self {
        self.pre_user_data = Some(value.into());
        self
    }

    /// Sets `runtime`: The name of the container runtime. Container Service for Kubernetes (ACK) supports the following three container runtimes:.
    pub fn with_runtime(mut self, value: impl Into<String>) -> Self {
        self.runtime = Some(value.into());
        self
    }

    /// Sets `runtime_version`: The container runtime version.
    pub fn with_runtime_version(mut self, value: impl Into<String>) -> Self {
        self.runtime_version = Some(value.into());
        self
    }

    /// Sets `taints`: The taint configurations.
    pub fn with_taints(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Taint>>,
    ) -> Self {
        self.taints = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `unschedulable`: Specifies whether the scaled-out nodes are unschedulable.
    pub fn with_unschedulable(mut self, value: bool) -> Self {
        self.unschedulable = Some(value);
        self
    }

    /// Sets `user_data`: The instance user data. After a node joins the cluster, the specified instance user data script runs. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html).
    pub fn with_user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Specifies whether to install CloudMonitor on Elastic Compute Service (ECS) nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Enabling this feature is recommended. Valid values: (`cms_enabled`).
    pub fn cms_enabled(&self) -> Option<bool> {
        self.cms_enabled
    }

    /// The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later: (`cpu_policy`).
    pub fn cpu_policy(&self) -> Option<&str> {
        self.cpu_policy.as_deref()
    }

    /// The labels added to the nodes in the Kubernetes cluster (`labels`).
    pub fn labels(&self) -> &[crate::types::Tag] {
        self.labels.as_deref().unwrap_or_default()
    }

    /// The custom node name. After you customize the node name, the node name, ECS instance name, and ECS instance hostname are changed at the same time (`node_name_mode`).
    pub fn node_name_mode(&self) -> Option<&str> {
        self.node_name_mode.as_deref()
    }

    /// The pre-custom data of the instance. Before the node joins the cluster, the specified pre-custom data script is run. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html) (`pre_user_data`).
    pub fn pre_user_data(&self) -> Option<&str> {
        self.pre_user_data.as_deref()
    }

    /// The name of the container runtime. Container Service for Kubernetes (ACK) supports the following three container runtimes: (`runtime`).
    pub fn runtime(&self) -> Option<&str> {
        self.runtime.as_deref()
    }

    /// The container runtime version (`runtime_version`).
    pub fn runtime_version(&self) -> Option<&str> {
        self.runtime_version.as_deref()
    }

    /// The taint configurations (`taints`).
    pub fn taints(&self) -> &[crate::types::Taint] {
        self.taints.as_deref().unwrap_or_default()
    }

    /// Specifies whether the scaled-out nodes are unschedulable (`unschedulable`).
    pub fn unschedulable(&self) -> Option<bool> {
        self.unschedulable
    }

    /// The instance user data. After a node joins the cluster, the specified instance user data script runs. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html) (`user_data`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }
}

impl KubernetesConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "KubernetesConfig",
    description: sdk_shape::Text::en("The cluster configurations."),
    members: &[
        sdk_shape::MemberShape {
            name: "cms_enabled",
            flag: "cms-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to install CloudMonitor on Elastic Compute Service (ECS) nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Enabling this feature is recommended. Valid values:\n\n- `true`: installs CloudMonitor on ECS nodes.\n\n- `false`: does not install CloudMonitor on ECS nodes.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later:\n\n- `static`: allows you to enhance CPU affinity and exclusivity for pods with specific resource characteristics on the node.\n- `none`: enables the existing default CPU affinity scheme.\n\nDefault value: `none`.",
            ),
            default: Some("\"none\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "labels",
            flag: "labels",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The labels added to the nodes in the Kubernetes cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_name_mode",
            flag: "node-name-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom node name. After you customize the node name, the node name, ECS instance name, and ECS instance hostname are changed at the same time.\n\n> For Windows instances with custom node names enabled, the hostname is fixed to the IP address, with hyphens (-) replacing dots (.) in the IP address, and does not include prefixes or suffixes.\n\nThe node name consists of three parts: a prefix, the node IP address, and a suffix:\n\n- The total length is 2 to 64 characters. The node name must start and end with a lowercase letter or a digit.\n\n- The prefix and suffix can contain uppercase and lowercase letters, digits, hyphens (-), and dots (.). They must start with a letter and cannot start or end with a hyphen (-) or a dot (.). Consecutive hyphens (-) or dots (.) are not allowed.\n\n- The prefix is required (due to ECS limits), and the suffix is optional.\n\n- The node IP address is the complete private IP address of the node.\n\nFor example, if the node IP address is 192.XX.YY.55, the specified prefix is aliyun.com, and the suffix is test:\n\n- If the node is a Linux node, the node name, ECS instance name, and ECS instance hostname are all aliyun.com192.XX.YY.55test.\n\n- If the node is a Windows node, the ECS instance hostname is 192-XX-YY-55, and both the node name and ECS instance name are aliyun.com192.XX.YY.55test.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "pre_user_data",
            flag: "pre-user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The pre-custom data of the instance. Before the node joins the cluster, the specified pre-custom data script is run. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the container runtime. Container Service for Kubernetes (ACK) supports the following three container runtimes:\n\n- containerd: recommended. Supported by all cluster versions.\n- Sandboxed-Container.runv: secure sandboxed containers that provide higher isolation. Supported by clusters of version 1.31 and earlier.\n- docker: no longer maintained. Supported by clusters of version 1.22 and earlier.\n\nDefault value: containerd.",
            ),
            default: Some("\"containerd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime_version",
            flag: "runtime-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The container runtime version."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "taints",
            flag: "taints",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::taint::SHAPE),
            ),
            description: sdk_shape::Text::en("The taint configurations."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "unschedulable",
            flag: "unschedulable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the scaled-out nodes are unschedulable.\n\n- true: unschedulable.\n\n- false: schedulable.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user_data",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance user data. After a node joins the cluster, the specified instance user data script runs. For more information, see [User data scripts](https://help.aliyun.com/document_detail/49121.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
