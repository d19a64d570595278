// @generated from spec/cs/2015-12-15/types/CreateClusterKubernetesConfig.json by `cargo xtask codegen`; do not edit.
//! The `CreateClusterKubernetesConfig` data type.

/// The cluster-related configuration.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateClusterKubernetesConfig {
    /// Specifies whether to install the CloudMonitor agent on ECS nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Valid values:
    ///
    /// - `true`: Installs the CloudMonitor agent on ECS nodes.
    /// - `false`: Does not install the CloudMonitor agent on ECS nodes.
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
    /// - `static`: Allows you to enhance CPU affinity and exclusivity for pods with specific resource characteristics on the node.
    /// - `none`: Enables the existing default CPU affinity scheme.
    ///
    /// Default value: `none`.
    ///
    /// Default: `"none"`.
    ///
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// The node labels. You can add labels to the nodes in the Kubernetes cluster.
    ///
    /// Wire name: `labels`.
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<crate::types::Tag>>,
    /// The node name consists of three parts: prefix + node IP address + suffix.
    ///
    /// - The prefix and suffix can each consist of one or more parts separated by periods (.). Each part can contain lowercase letters, digits, and hyphens (-). The node name must start and end with a lowercase letter or a digit.
    /// - The node IP address is the complete private IP address of the node.
    ///
    /// The parameter value contains four parts separated by commas. For example, if the parameter is set to "customized,aliyun,ip,com" (where "customized" and "ip" are fixed strings, "aliyun" is the prefix, and "com" is the suffix), the node name is aliyun.192.168.xxx.xxx.com.
    ///
    /// Wire name: `node_name_mode`.
    #[serde(rename = "node_name_mode", default, skip_serializing_if = "Option::is_none")]
    pub node_name_mode: Option<String>,
    /// The container runtime. Valid values:
    ///
    /// - `containerd`: Recommended. Supported by all cluster versions.
    /// - `Sandboxed-Container.runv`: Sandboxed container. Provides higher isolation. Supported by clusters of version 1.24 and earlier.
    /// - `docker`: Supported by clusters of version 1.22 and earlier.
    ///
    /// Default value: `containerd`.
    ///
    /// Required. Default: `"containerd"`.
    ///
    /// Wire name: `runtime`.
    #[serde(rename = "runtime")]
    pub runtime: String,
    /// The container runtime version.
    ///
    /// Required.
    ///
    /// Wire name: `runtime_version`.
    #[serde(rename = "runtime_version")]
    pub runtime_version: String,
    /// The taint configuration.
    ///
    /// Wire name: `taints`.
    #[serde(rename = "taints", default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<crate::types::Taint>>,
    /// The user data of the node.
    ///
    /// Wire name: `user_data`.
    #[serde(rename = "user_data", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
}

impl CreateClusterKubernetesConfig {
    /// A `CreateClusterKubernetesConfig` with its required members `runtime`, `runtime_version`.
    pub fn new(runtime: impl Into<String>, runtime_version: impl Into<String>) -> Self {
        Self {
            cms_enabled: None,
            cpu_policy: None,
            labels: None,
            node_name_mode: None,
            runtime: runtime.into(),
            runtime_version: runtime_version.into(),
            taints: None,
            user_data: None,
        }
    }

    /// Sets `cms_enabled`: Specifies whether to install the CloudMonitor agent on ECS nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Valid values:.
    pub fn with_cms_enabled(mut self, value: bool) -> Self {
        self.cms_enabled = Some(value);
        self
    }

    /// Sets `cpu_policy`: The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later:.
    pub fn with_cpu_policy(mut self, value: impl Into<String>) -> Self {
        self.cpu_policy = Some(value.into());
        self
    }

    /// Sets `labels`: The node labels. You can add labels to the nodes in the Kubernetes cluster.
    pub fn with_labels(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Tag>>,
    ) -> Self {
        self.labels = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `node_name_mode`: The node name consists of three parts: prefix + node IP address + suffix.
    pub fn with_node_name_mode(mut self, value: impl Into<String>) -> Self {
        self.node_name_mode = Some(value.into());
        self
    }

    /// Sets `taints`: The taint configuration.
    pub fn with_taints(
        mut self,
        value: impl IntoIterator<Item = impl Into<crate::types::Taint>>,
    ) -> Self {
        self.taints = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `user_data`: The user data of the node.
    pub fn with_user_data(mut self, value: impl Into<String>) -> Self {
        self.user_data = Some(value.into());
        self
    }

    /// Specifies whether to install the CloudMonitor agent on ECS nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Valid values: (`cms_enabled`).
    pub fn cms_enabled(&self) -> Option<bool> {
        self.cms_enabled
    }

    /// The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later: (`cpu_policy`).
    pub fn cpu_policy(&self) -> Option<&str> {
        self.cpu_policy.as_deref()
    }

    /// The node labels. You can add labels to the nodes in the Kubernetes cluster (`labels`).
    pub fn labels(&self) -> &[crate::types::Tag] {
        self.labels.as_deref().unwrap_or_default()
    }

    /// The node name consists of three parts: prefix + node IP address + suffix (`node_name_mode`).
    pub fn node_name_mode(&self) -> Option<&str> {
        self.node_name_mode.as_deref()
    }

    /// The container runtime. Valid values: (`runtime`).
    pub fn runtime(&self) -> &str {
        &self.runtime
    }

    /// The container runtime version (`runtime_version`).
    pub fn runtime_version(&self) -> &str {
        &self.runtime_version
    }

    /// The taint configuration (`taints`).
    pub fn taints(&self) -> &[crate::types::Taint] {
        self.taints.as_deref().unwrap_or_default()
    }

    /// The user data of the node (`user_data`).
    pub fn user_data(&self) -> Option<&str> {
        self.user_data.as_deref()
    }
}

impl CreateClusterKubernetesConfig {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CreateClusterKubernetesConfig",
    description: sdk_shape::Text::en("The cluster-related configuration."),
    members: &[
        sdk_shape::MemberShape {
            name: "cms_enabled",
            flag: "cms-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to install the CloudMonitor agent on ECS nodes. After installation, you can view the monitoring information of the created ECS instances in the CloudMonitor console. Valid values:\n\n- `true`: Installs the CloudMonitor agent on ECS nodes.\n- `false`: Does not install the CloudMonitor agent on ECS nodes.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU management policy for nodes. The following two policies are supported when the cluster version is 1.12.6 or later:\n\n- `static`: Allows you to enhance CPU affinity and exclusivity for pods with specific resource characteristics on the node.\n- `none`: Enables the existing default CPU affinity scheme.\n\nDefault value: `none`.",
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
                "The node labels. You can add labels to the nodes in the Kubernetes cluster.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_name_mode",
            flag: "node-name-mode",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node name consists of three parts: prefix + node IP address + suffix.\n\n- The prefix and suffix can each consist of one or more parts separated by periods (.). Each part can contain lowercase letters, digits, and hyphens (-). The node name must start and end with a lowercase letter or a digit.\n- The node IP address is the complete private IP address of the node.\n\nThe parameter value contains four parts separated by commas. For example, if the parameter is set to \"customized,aliyun,ip,com\" (where \"customized\" and \"ip\" are fixed strings, \"aliyun\" is the prefix, and \"com\" is the suffix), the node name is aliyun.192.168.xxx.xxx.com.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The container runtime. Valid values:\n\n- `containerd`: Recommended. Supported by all cluster versions.\n- `Sandboxed-Container.runv`: Sandboxed container. Provides higher isolation. Supported by clusters of version 1.24 and earlier.\n- `docker`: Supported by clusters of version 1.22 and earlier.\n\nDefault value: `containerd`.",
            ),
            required: true,
            default: Some("\"containerd\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime_version",
            flag: "runtime-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The container runtime version."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "taints",
            flag: "taints",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::taint::SHAPE),
            ),
            description: sdk_shape::Text::en("The taint configuration."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user_data",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The user data of the node."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
