// @generated from spec/cs/2015-12-15/actions/ModifyNodePoolNodeConfig.json by `cargo xtask codegen`; do not edit.
//! The `ModifyNodePoolNodeConfig` action:

/// Marker type tying the request and response of `ModifyNodePoolNodeConfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ModifyNodePoolNodeConfig;

impl sdk_shape::Action for ModifyNodePoolNodeConfig {
    type Request = ModifyNodePoolNodeConfigRequest;
    type Response = ModifyNodePoolNodeConfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ModifyNodePoolNodeConfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ModifyNodePoolNodeConfigRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodepoolId`.
    #[serde(rename = "NodepoolId", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The containerd runtime configuration.
    ///
    /// Wire name: `containerd_config`.
    #[serde(
        rename = "containerd_config",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containerd_config: Option<crate::types::ContainerdConfig>,
    /// The kubelet parameter settings.
    ///
    /// Wire name: `kubelet_config`.
    #[serde(rename = "kubelet_config", default, skip_serializing_if = "Option::is_none")]
    pub kubelet_config: Option<crate::types::KubeletConfig>,
    /// The list of nodes to upgrade.
    ///
    /// Wire name: `node_names`.
    #[serde(rename = "node_names", default, skip_serializing_if = "Option::is_none")]
    pub node_names: Option<Vec<String>>,
    /// The operating system parameter settings.
    ///
    /// Wire name: `os_config`.
    #[serde(rename = "os_config", default, skip_serializing_if = "Option::is_none")]
    pub os_config: Option<crate::types::OsConfig>,
    /// The rolling update configuration.
    ///
    /// Wire name: `rolling_policy`.
    #[serde(rename = "rolling_policy", default, skip_serializing_if = "Option::is_none")]
    pub rolling_policy: Option<crate::types::ModifyNodePoolNodeConfigRollingPolicy>,
}

/// Response of `ModifyNodePoolNodeConfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ModifyNodePoolNodeConfigResponse {
    /// The node pool ID.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl ModifyNodePoolNodeConfigResponse {
    /// The node pool ID (`nodepool_id`).
    pub fn nodepool_id(&self) -> Option<&str> {
        self.nodepool_id.as_deref()
    }

    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ModifyNodePoolNodeConfig",
    command: "modify-node-pool-node-config",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodepoolId",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "containerd_config",
            flag: "containerd-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::containerd_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The containerd runtime configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubelet_config",
            flag: "kubelet-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::kubelet_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The kubelet parameter settings."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_names",
            flag: "node-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of nodes to upgrade."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "os_config",
            flag: "os-config",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::os_config::SHAPE),
            ),
            description: sdk_shape::Text::en("The operating system parameter settings."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rolling_policy",
            flag: "rolling-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::modify_node_pool_node_config_rolling_policy::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The rolling update configuration."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node pool ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "PUT",
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/node_config",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
