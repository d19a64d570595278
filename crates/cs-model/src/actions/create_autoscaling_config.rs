// @generated from spec/cs/2015-12-15/actions/CreateAutoscalingConfig.json by `cargo xtask codegen`; do not edit.
//! The `CreateAutoscalingConfig` action:

/// Marker type tying the request and response of `CreateAutoscalingConfig` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateAutoscalingConfig;

impl sdk_shape::Action for CreateAutoscalingConfig {
    type Request = CreateAutoscalingConfigRequest;
    type Response = CreateAutoscalingConfigResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateAutoscalingConfig`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateAutoscalingConfigRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The scale-in trigger delay, which is the time interval between when a scale-in need is detected (the scale-in threshold is reached) and when the scale-in operation (reducing the number of Pods) is actually performed.
    ///
    /// Valid values: \[1,60\]. Unit: minutes.
    ///
    /// Default value: 10.
    ///
    /// Default: `"10"`.
    ///
    /// Wire name: `cool_down_duration`.
    #[serde(
        rename = "cool_down_duration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cool_down_duration: Option<String>,
    /// Specifies whether cluster-autoscaler evicts DaemonSet Pods on a node during scale-in. Valid values:
    ///
    /// - `true`: Eviction is performed.
    /// - `false`: Eviction is not performed.
    ///
    /// Wire name: `daemonset_eviction_for_nodes`.
    #[serde(
        rename = "daemonset_eviction_for_nodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemonset_eviction_for_nodes: Option<bool>,
    /// The node pool scale-out order policy. Valid values:
    ///
    /// - `least-waste`: The default policy. If multiple node pools are available for scale-out, the node pool with the least resource waste is selected.
    /// - `random`: The random policy. If multiple node pools are available for scale-out, a node pool is randomly selected.
    /// - `priority`: The priority policy. If multiple node pools are available for scale-out, the node pool with the highest priority based on your custom scaling group order is selected. Node pool priorities are defined by the `priorities` parameter.
    ///
    /// Wire name: `expander`.
    #[serde(rename = "expander", default, skip_serializing_if = "Option::is_none")]
    pub expander: Option<String>,
    /// The GPU scale-in threshold, which is the ratio of requested resources to total resources on a node.
    ///
    /// A GPU node can be scaled in only when this ratio falls below the configured threshold, meaning the CPU, memory, and GPU resource utilization of the node are all below the GPU scale-in threshold.
    ///
    /// Valid values: \[0.1\~1\].
    ///
    /// Default value: 0.3, which indicates 30%.
    ///
    /// Default: `"0.3"`.
    ///
    /// Wire name: `gpu_utilization_threshold`.
    #[serde(
        rename = "gpu_utilization_threshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_utilization_threshold: Option<String>,
    /// The timeout period for cluster-autoscaler to wait for Pod termination during node draining in a scale-in scenario.
    ///
    /// Unit: seconds.
    ///
    /// Default value: 14400.
    ///
    /// Default: `14400`.
    ///
    /// Wire name: `max_graceful_termination_sec`.
    #[serde(
        rename = "max_graceful_termination_sec",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_graceful_termination_sec: Option<i64>,
    /// The minimum number of Pods allowed in each ReplicaSet before a node can be scaled in.
    ///
    /// Default value: 0.
    ///
    /// Default: `0`.
    ///
    /// Wire name: `min_replica_count`.
    #[serde(
        rename = "min_replica_count",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_replica_count: Option<i64>,
    /// The priority configuration for auto scaling. After you create a node pool with elastic scaling enabled, you can configure priority policies and priority settings for the scaling groups of specified auto scaling node pools by using [Enable node auto scaling](https://help.aliyun.com/document_detail/119099.html).
    ///
    /// Valid values: \[1, 100\]. The value must be a positive integer. A larger value indicates a higher priority.
    ///
    /// Wire name: `priorities`.
    #[serde(rename = "priorities", default, skip_serializing_if = "Option::is_none")]
    pub priorities: Option<serde_json::Value>,
    /// Specifies whether to delete the corresponding Kubernetes Node object after a node in rapid mode is successfully scaled in. For more information about rapid mode, see [Scaling modes](https://help.aliyun.com/document_detail/119099.html). Default value: false. Valid values:
    ///
    /// - `true`: The Kubernetes Node object is deleted after the node in rapid mode is stopped. Setting this parameter to true is not recommended because it may cause data inconsistency in Kubernetes objects.
    /// - `false`: The Kubernetes Node object is retained after the node in rapid mode is stopped.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `recycle_node_deletion_enabled`.
    #[serde(
        rename = "recycle_node_deletion_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recycle_node_deletion_enabled: Option<bool>,
    /// Specifies whether to allow node scale-in. Valid values:
    ///
    /// - `true`: Scale-in is allowed.
    /// - `false`: Scale-in is prohibited.
    ///
    /// Wire name: `scale_down_enabled`.
    #[serde(
        rename = "scale_down_enabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scale_down_enabled: Option<bool>,
    /// Specifies whether cluster-autoscaler performs scale-out when the number of Ready nodes in the cluster is 0. Default value: true. Valid values:
    ///
    /// - `true`: Scale-out is performed.
    /// - `false`: Scale-out is not performed.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `scale_up_from_zero`.
    #[serde(
        rename = "scale_up_from_zero",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scale_up_from_zero: Option<bool>,
    /// The elastic component type. For clusters running version 1.24 or later, the default value is goatscaler. For earlier versions, the default value is cluster-autoscaler. Valid values:
    ///
    /// - `goatscaler`: Instant scaling.
    ///
    /// - `cluster-autoscaler`: Auto scaling.
    ///
    /// Default: `"goatscaler"`.
    ///
    /// Wire name: `scaler_type`.
    #[serde(rename = "scaler_type", default, skip_serializing_if = "Option::is_none")]
    pub scaler_type: Option<String>,
    /// The scaling sensitivity, which adjusts the interval for the system to evaluate scaling decisions.
    ///
    /// Valid values: 15, 30, 60, 120, 180, 300. Unit: seconds.
    ///
    /// Default value: 60.
    ///
    /// Default: `"60"`.
    ///
    /// Wire name: `scan_interval`.
    #[serde(rename = "scan_interval", default, skip_serializing_if = "Option::is_none")]
    pub scan_interval: Option<String>,
    /// Specifies whether cluster-autoscaler skips scale-in for nodes that run Pods with local storage (such as EmptyDir or HostPath). Valid values:
    ///
    /// - `true`: Scale-in is skipped.
    /// - `false`: Scale-in is performed.
    ///
    /// Wire name: `skip_nodes_with_local_storage`.
    #[serde(
        rename = "skip_nodes_with_local_storage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_nodes_with_local_storage: Option<bool>,
    /// Specifies whether cluster-autoscaler skips scale-in for nodes that run Pods in the kube-system namespace. This feature does not apply to DaemonSet Pods or Mirror Pods. Valid values:
    ///
    /// - `true`: Scale-in is skipped.
    /// - `false`: Scale-in is performed.
    ///
    /// Wire name: `skip_nodes_with_system_pods`.
    #[serde(
        rename = "skip_nodes_with_system_pods",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub skip_nodes_with_system_pods: Option<bool>,
    /// The cool-down period. The time interval after the most recent scale-out event during which the elastic component does not perform scale-in operations. A node that is scaled out can be considered for scale-in only after the cool-down period elapses.
    ///
    /// Valid values: \[1,60\]. Unit: minutes.
    ///
    /// Default value: 10.
    ///
    /// Default: `"10"`.
    ///
    /// Wire name: `unneeded_duration`.
    #[serde(
        rename = "unneeded_duration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unneeded_duration: Option<String>,
    /// The scale-in threshold, which is the ratio of requested resources to total resources on a node.
    ///
    /// A node can be scaled in only when this ratio falls below the configured threshold, meaning both the CPU and memory resources utilization of the node are below the scale-in threshold.
    ///
    /// Valid values: \[0.1\~1\].
    ///
    /// Default value: 0.5, which indicates 50%.
    ///
    /// Default: `"0.5"`.
    ///
    /// Wire name: `utilization_threshold`.
    #[serde(
        rename = "utilization_threshold",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub utilization_threshold: Option<String>,
}

/// Response of `CreateAutoscalingConfig`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateAutoscalingConfigResponse {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
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

impl CreateAutoscalingConfigResponse {
    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
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
    name: "CreateAutoscalingConfig",
    command: "create-autoscaling-config",
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
            name: "cool_down_duration",
            flag: "cool-down-duration",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scale-in trigger delay, which is the time interval between when a scale-in need is detected (the scale-in threshold is reached) and when the scale-in operation (reducing the number of Pods) is actually performed.\n\nValid values: \\[1,60\\]. Unit: minutes.\n\nDefault value: 10.",
            ),
            default: Some("\"10\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "daemonset_eviction_for_nodes",
            flag: "daemonset-eviction-for-nodes",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether cluster-autoscaler evicts DaemonSet Pods on a node during scale-in. Valid values:\n\n- `true`: Eviction is performed.\n- `false`: Eviction is not performed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "expander",
            flag: "expander",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool scale-out order policy. Valid values:\n\n- `least-waste`: The default policy. If multiple node pools are available for scale-out, the node pool with the least resource waste is selected.\n- `random`: The random policy. If multiple node pools are available for scale-out, a node pool is randomly selected.\n- `priority`: The priority policy. If multiple node pools are available for scale-out, the node pool with the highest priority based on your custom scaling group order is selected. Node pool priorities are defined by the `priorities` parameter.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "gpu_utilization_threshold",
            flag: "gpu-utilization-threshold",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The GPU scale-in threshold, which is the ratio of requested resources to total resources on a node.\n\nA GPU node can be scaled in only when this ratio falls below the configured threshold, meaning the CPU, memory, and GPU resource utilization of the node are all below the GPU scale-in threshold.\n\nValid values: \\[0.1\\~1\\].\n\nDefault value: 0.3, which indicates 30%.",
            ),
            default: Some("\"0.3\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_graceful_termination_sec",
            flag: "max-graceful-termination-sec",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The timeout period for cluster-autoscaler to wait for Pod termination during node draining in a scale-in scenario.\n\nUnit: seconds.\n\nDefault value: 14400.",
            ),
            default: Some("14400"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "min_replica_count",
            flag: "min-replica-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The minimum number of Pods allowed in each ReplicaSet before a node can be scaled in.\n\nDefault value: 0.",
            ),
            default: Some("0"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "priorities",
            flag: "priorities",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en(
                "The priority configuration for auto scaling. After you create a node pool with elastic scaling enabled, you can configure priority policies and priority settings for the scaling groups of specified auto scaling node pools by using [Enable node auto scaling](https://help.aliyun.com/document_detail/119099.html).\n\nValid values: \\[1, 100\\]. The value must be a positive integer. A larger value indicates a higher priority.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "recycle_node_deletion_enabled",
            flag: "recycle-node-deletion-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to delete the corresponding Kubernetes Node object after a node in rapid mode is successfully scaled in. For more information about rapid mode, see [Scaling modes](https://help.aliyun.com/document_detail/119099.html). Default value: false. Valid values:\n\n- `true`: The Kubernetes Node object is deleted after the node in rapid mode is stopped. Setting this parameter to true is not recommended because it may cause data inconsistency in Kubernetes objects.\n- `false`: The Kubernetes Node object is retained after the node in rapid mode is stopped.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scale_down_enabled",
            flag: "scale-down-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow node scale-in. Valid values:\n\n- `true`: Scale-in is allowed.\n- `false`: Scale-in is prohibited.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scale_up_from_zero",
            flag: "scale-up-from-zero",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether cluster-autoscaler performs scale-out when the number of Ready nodes in the cluster is 0. Default value: true. Valid values:\n\n- `true`: Scale-out is performed.\n- `false`: Scale-out is not performed.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scaler_type",
            flag: "scaler-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The elastic component type. For clusters running version 1.24 or later, the default value is goatscaler. For earlier versions, the default value is cluster-autoscaler. Valid values:\n\n- `goatscaler`: Instant scaling.\n\n- `cluster-autoscaler`: Auto scaling.",
            ),
            default: Some("\"goatscaler\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "scan_interval",
            flag: "scan-interval",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scaling sensitivity, which adjusts the interval for the system to evaluate scaling decisions.\n\nValid values: 15, 30, 60, 120, 180, 300. Unit: seconds.\n\nDefault value: 60.",
            ),
            default: Some("\"60\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "skip_nodes_with_local_storage",
            flag: "skip-nodes-with-local-storage",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether cluster-autoscaler skips scale-in for nodes that run Pods with local storage (such as EmptyDir or HostPath). Valid values:\n\n- `true`: Scale-in is skipped.\n- `false`: Scale-in is performed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "skip_nodes_with_system_pods",
            flag: "skip-nodes-with-system-pods",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether cluster-autoscaler skips scale-in for nodes that run Pods in the kube-system namespace. This feature does not apply to DaemonSet Pods or Mirror Pods. Valid values:\n\n- `true`: Scale-in is skipped.\n- `false`: Scale-in is performed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "unneeded_duration",
            flag: "unneeded-duration",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cool-down period. The time interval after the most recent scale-out event during which the elastic component does not perform scale-in operations. A node that is scaled out can be considered for scale-in only after the cool-down period elapses.\n\nValid values: \\[1,60\\]. Unit: minutes.\n\nDefault value: 10.",
            ),
            default: Some("\"10\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "utilization_threshold",
            flag: "utilization-threshold",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The scale-in threshold, which is the ratio of requested resources to total resources on a node.\n\nA node can be scaled in only when this ratio falls below the configured threshold, meaning both the CPU and memory resources utilization of the node are below the scale-in threshold.\n\nValid values: \\[0.1\\~1\\].\n\nDefault value: 0.5, which indicates 50%.",
            ),
            default: Some("\"0.5\""),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
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
            method: "POST",
            path: "/cluster/{ClusterId}/autoscale/config/",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
