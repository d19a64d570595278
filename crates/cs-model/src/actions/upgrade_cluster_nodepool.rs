// @generated from spec/cs/2015-12-15/actions/UpgradeClusterNodepool.json by `cargo xtask codegen`; do not edit.
//! The `UpgradeClusterNodepool` action:

/// Marker type tying the request and response of `UpgradeClusterNodepool` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpgradeClusterNodepool;

impl sdk_shape::Action for UpgradeClusterNodepool {
    type Request = UpgradeClusterNodepoolRequest;
    type Response = UpgradeClusterNodepoolResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpgradeClusterNodepool`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpgradeClusterNodepoolRequest {
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
    /// Specifies whether to ignore warning-level pre-checks.
    ///
    /// Wire name: `ignore_warning_check`.
    #[serde(
        rename = "ignore_warning_check",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignore_warning_check: Option<bool>,
    /// The system image ID of the node.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The Kubernetes version of the node. You can call [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) to obtain the current cluster version information from `KubernetesVersion`.
    ///
    /// Wire name: `kubernetes_version`.
    #[serde(
        rename = "kubernetes_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kubernetes_version: Option<String>,
    /// The list of nodes to upgrade. If not specified, all nodes in the node pool are upgraded by default.
    ///
    /// Wire name: `node_names`.
    #[serde(rename = "node_names", default, skip_serializing_if = "Option::is_none")]
    pub node_names: Option<Vec<String>>,
    /// The rolling update configuration.
    ///
    /// Wire name: `rolling_policy`.
    #[serde(rename = "rolling_policy", default, skip_serializing_if = "Option::is_none")]
    pub rolling_policy: Option<crate::types::RollingPolicy>,
    /// The runtime type. You can call [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) to obtain the runtime information from the runtime field.
    ///
    /// Wire name: `runtime_type`.
    #[serde(rename = "runtime_type", default, skip_serializing_if = "Option::is_none")]
    pub runtime_type: Option<String>,
    /// The runtime version of the node. You can call [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) to obtain the runtime version information from the runtime field.
    ///
    /// Wire name: `runtime_version`.
    #[serde(
        rename = "runtime_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_version: Option<String>,
    /// Specifies whether to use system cloud disk replacement for the upgrade. Valid values:
    ///
    /// - true: Uses system cloud disk replacement to upgrade the node pool. ACK reinitializes the nodes based on the current node pool configurations, such as the logon method, labels, taints, operating system image, and runtime version.
    /// - false: Does not use system cloud disk replacement.
    ///
    /// Default value: false.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `use_replace`.
    #[serde(rename = "use_replace", default, skip_serializing_if = "Option::is_none")]
    pub use_replace: Option<bool>,
}

/// Response of `UpgradeClusterNodepool`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpgradeClusterNodepoolResponse {
    /// The request ID.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl UpgradeClusterNodepoolResponse {
    /// The request ID (`RequestId`).
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
    name: "UpgradeClusterNodepool",
    command: "upgrade-cluster-nodepool",
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
            name: "ignore_warning_check",
            flag: "ignore-warning-check",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to ignore warning-level pre-checks.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The system image ID of the node."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "kubernetes_version",
            flag: "kubernetes-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Kubernetes version of the node. You can call [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) to obtain the current cluster version information from `KubernetesVersion`.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_names",
            flag: "node-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of nodes to upgrade. If not specified, all nodes in the node pool are upgraded by default.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rolling_policy",
            flag: "rolling-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rolling_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The rolling update configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime_type",
            flag: "runtime-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The runtime type. You can call [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) to obtain the runtime information from the runtime field.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime_version",
            flag: "runtime-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The runtime version of the node. You can call [DescribeKubernetesVersionMetadata](https://help.aliyun.com/document_detail/2667899.html) to obtain the runtime version information from the runtime field.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "use_replace",
            flag: "use-replace",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to use system cloud disk replacement for the upgrade. Valid values:\n\n- true: Uses system cloud disk replacement to upgrade the node pool. ACK reinitializes the nodes based on the current node pool configurations, such as the logon method, labels, taints, operating system image, and runtime version.\n- false: Does not use system cloud disk replacement.\n\nDefault value: false.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
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
            method: "POST",
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/upgrade",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
