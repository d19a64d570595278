// @generated from spec/cs/2015-12-15/actions/CreateAutoscalingConfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateAutoscalingConfig`.

use cs_model::ErrorCode;
use cs_model::actions::create_autoscaling_config::{
    CreateAutoscalingConfig, CreateAutoscalingConfigRequest,
    CreateAutoscalingConfigResponse,
};

/// Builds and sends `CreateAutoscalingConfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateAutoscalingConfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateAutoscalingConfigRequest,
}

impl CreateAutoscalingConfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateAutoscalingConfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateAutoscalingConfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateAutoscalingConfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cool_down_duration`](CreateAutoscalingConfigRequest::cool_down_duration): The scale-in trigger delay, which is the time interval between when a scale-in need is detected (the scale-in threshold is reached) and when the scale-in operation (reducing the number of Pods) is actually performed.
    pub fn cool_down_duration(mut self, value: impl Into<String>) -> Self {
        self.request.cool_down_duration = Some(value.into());
        self
    }

    /// Sets or clears [`cool_down_duration`](CreateAutoscalingConfigRequest::cool_down_duration): `None` leaves it out.
    pub fn set_cool_down_duration(mut self, value: Option<String>) -> Self {
        self.request.cool_down_duration = value;
        self
    }

    /// Sets [`daemonset_eviction_for_nodes`](CreateAutoscalingConfigRequest::daemonset_eviction_for_nodes): Specifies whether cluster-autoscaler evicts DaemonSet Pods on a node during scale-in.
    pub fn daemonset_eviction_for_nodes(mut self, value: bool) -> Self {
        self.request.daemonset_eviction_for_nodes = Some(value);
        self
    }

    /// Sets or clears [`daemonset_eviction_for_nodes`](CreateAutoscalingConfigRequest::daemonset_eviction_for_nodes): `None` leaves it out.
    pub fn set_daemonset_eviction_for_nodes(mut self, value: Option<bool>) -> Self {
        self.request.daemonset_eviction_for_nodes = value;
        self
    }

    /// Sets [`expander`](CreateAutoscalingConfigRequest::expander): The node pool scale-out order policy.
    pub fn expander(mut self, value: impl Into<String>) -> Self {
        self.request.expander = Some(value.into());
        self
    }

    /// Sets or clears [`expander`](CreateAutoscalingConfigRequest::expander): `None` leaves it out.
    pub fn set_expander(mut self, value: Option<String>) -> Self {
        self.request.expander = value;
        self
    }

    /// Sets [`gpu_utilization_threshold`](CreateAutoscalingConfigRequest::gpu_utilization_threshold): The GPU scale-in threshold, which is the ratio of requested resources to total resources on a node.
    pub fn gpu_utilization_threshold(mut self, value: impl Into<String>) -> Self {
        self.request.gpu_utilization_threshold = Some(value.into());
        self
    }

    /// Sets or clears [`gpu_utilization_threshold`](CreateAutoscalingConfigRequest::gpu_utilization_threshold): `None` leaves it out.
    pub fn set_gpu_utilization_threshold(mut self, value: Option<String>) -> Self {
        self.request.gpu_utilization_threshold = value;
        self
    }

    /// Sets [`max_graceful_termination_sec`](CreateAutoscalingConfigRequest::max_graceful_termination_sec): The timeout period for cluster-autoscaler to wait for Pod termination during node draining in a scale-in scenario.
    pub fn max_graceful_termination_sec(mut self, value: i64) -> Self {
        self.request.max_graceful_termination_sec = Some(value);
        self
    }

    /// Sets or clears [`max_graceful_termination_sec`](CreateAutoscalingConfigRequest::max_graceful_termination_sec): `None` leaves it out.
    pub fn set_max_graceful_termination_sec(mut self, value: Option<i64>) -> Self {
        self.request.max_graceful_termination_sec = value;
        self
    }

    /// Sets [`min_replica_count`](CreateAutoscalingConfigRequest::min_replica_count): The minimum number of Pods allowed in each ReplicaSet before a node can be scaled in.
    pub fn min_replica_count(mut self, value: i64) -> Self {
        self.request.min_replica_count = Some(value);
        self
    }

    /// Sets or clears [`min_replica_count`](CreateAutoscalingConfigRequest::min_replica_count): `None` leaves it out.
    pub fn set_min_replica_count(mut self, value: Option<i64>) -> Self {
        self.request.min_replica_count = value;
        self
    }

    /// Sets [`priorities`](CreateAutoscalingConfigRequest::priorities): The priority configuration for auto scaling.
    pub fn priorities(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.priorities = Some(value.into());
        self
    }

    /// Sets or clears [`priorities`](CreateAutoscalingConfigRequest::priorities): `None` leaves it out.
    pub fn set_priorities(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.priorities = value;
        self
    }

    /// Sets [`recycle_node_deletion_enabled`](CreateAutoscalingConfigRequest::recycle_node_deletion_enabled): Specifies whether to delete the corresponding Kubernetes Node object after a node in rapid mode is successfully scaled in.
    pub fn recycle_node_deletion_enabled(mut self, value: bool) -> Self {
        self.request.recycle_node_deletion_enabled = Some(value);
        self
    }

    /// Sets or clears [`recycle_node_deletion_enabled`](CreateAutoscalingConfigRequest::recycle_node_deletion_enabled): `None` leaves it out.
    pub fn set_recycle_node_deletion_enabled(mut self, value: Option<bool>) -> Self {
        self.request.recycle_node_deletion_enabled = value;
        self
    }

    /// Sets [`scale_down_enabled`](CreateAutoscalingConfigRequest::scale_down_enabled): Specifies whether to allow node scale-in.
    pub fn scale_down_enabled(mut self, value: bool) -> Self {
        self.request.scale_down_enabled = Some(value);
        self
    }

    /// Sets or clears [`scale_down_enabled`](CreateAutoscalingConfigRequest::scale_down_enabled): `None` leaves it out.
    pub fn set_scale_down_enabled(mut self, value: Option<bool>) -> Self {
        self.request.scale_down_enabled = value;
        self
    }

    /// Sets [`scale_up_from_zero`](CreateAutoscalingConfigRequest::scale_up_from_zero): Specifies whether cluster-autoscaler performs scale-out when the number of Ready nodes in the cluster is 0.
    pub fn scale_up_from_zero(mut self, value: bool) -> Self {
        self.request.scale_up_from_zero = Some(value);
        self
    }

    /// Sets or clears [`scale_up_from_zero`](CreateAutoscalingConfigRequest::scale_up_from_zero): `None` leaves it out.
    pub fn set_scale_up_from_zero(mut self, value: Option<bool>) -> Self {
        self.request.scale_up_from_zero = value;
        self
    }

    /// Sets [`scaler_type`](CreateAutoscalingConfigRequest::scaler_type): The elastic component type.
    pub fn scaler_type(mut self, value: impl Into<String>) -> Self {
        self.request.scaler_type = Some(value.into());
        self
    }

    /// Sets or clears [`scaler_type`](CreateAutoscalingConfigRequest::scaler_type): `None` leaves it out.
    pub fn set_scaler_type(mut self, value: Option<String>) -> Self {
        self.request.scaler_type = value;
        self
    }

    /// Sets [`scan_interval`](CreateAutoscalingConfigRequest::scan_interval): The scaling sensitivity, which adjusts the interval for the system to evaluate scaling decisions.
    pub fn scan_interval(mut self, value: impl Into<String>) -> Self {
        self.request.scan_interval = Some(value.into());
        self
    }

    /// Sets or clears [`scan_interval`](CreateAutoscalingConfigRequest::scan_interval): `None` leaves it out.
    pub fn set_scan_interval(mut self, value: Option<String>) -> Self {
        self.request.scan_interval = value;
        self
    }

    /// Sets [`skip_nodes_with_local_storage`](CreateAutoscalingConfigRequest::skip_nodes_with_local_storage): Specifies whether cluster-autoscaler skips scale-in for nodes that run Pods with local storage (such as EmptyDir or HostPath).
    pub fn skip_nodes_with_local_storage(mut self, value: bool) -> Self {
        self.request.skip_nodes_with_local_storage = Some(value);
        self
    }

    /// Sets or clears [`skip_nodes_with_local_storage`](CreateAutoscalingConfigRequest::skip_nodes_with_local_storage): `None` leaves it out.
    pub fn set_skip_nodes_with_local_storage(mut self, value: Option<bool>) -> Self {
        self.request.skip_nodes_with_local_storage = value;
        self
    }

    /// Sets [`skip_nodes_with_system_pods`](CreateAutoscalingConfigRequest::skip_nodes_with_system_pods): Specifies whether cluster-autoscaler skips scale-in for nodes that run Pods in the kube-system namespace.
    pub fn skip_nodes_with_system_pods(mut self, value: bool) -> Self {
        self.request.skip_nodes_with_system_pods = Some(value);
        self
    }

    /// Sets or clears [`skip_nodes_with_system_pods`](CreateAutoscalingConfigRequest::skip_nodes_with_system_pods): `None` leaves it out.
    pub fn set_skip_nodes_with_system_pods(mut self, value: Option<bool>) -> Self {
        self.request.skip_nodes_with_system_pods = value;
        self
    }

    /// Sets [`unneeded_duration`](CreateAutoscalingConfigRequest::unneeded_duration): The cool-down period.
    pub fn unneeded_duration(mut self, value: impl Into<String>) -> Self {
        self.request.unneeded_duration = Some(value.into());
        self
    }

    /// Sets or clears [`unneeded_duration`](CreateAutoscalingConfigRequest::unneeded_duration): `None` leaves it out.
    pub fn set_unneeded_duration(mut self, value: Option<String>) -> Self {
        self.request.unneeded_duration = value;
        self
    }

    /// Sets [`utilization_threshold`](CreateAutoscalingConfigRequest::utilization_threshold): The scale-in threshold, which is the ratio of requested resources to total resources on a node.
    pub fn utilization_threshold(mut self, value: impl Into<String>) -> Self {
        self.request.utilization_threshold = Some(value.into());
        self
    }

    /// Sets or clears [`utilization_threshold`](CreateAutoscalingConfigRequest::utilization_threshold): `None` leaves it out.
    pub fn set_utilization_threshold(mut self, value: Option<String>) -> Self {
        self.request.utilization_threshold = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateAutoscalingConfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateAutoscalingConfigRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateAutoscalingConfigResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateAutoscalingConfig>(&self.request).await
    }
}
