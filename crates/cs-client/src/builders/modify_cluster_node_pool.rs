// @generated from spec/cs/2015-12-15/actions/ModifyClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyClusterNodePool`.

use cs_model::ErrorCode;
use cs_model::actions::modify_cluster_node_pool::{
    ModifyClusterNodePool, ModifyClusterNodePoolRequest, ModifyClusterNodePoolResponse,
};

/// Builds and sends `ModifyClusterNodePool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyClusterNodePoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyClusterNodePoolRequest,
}

impl ModifyClusterNodePoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyClusterNodePoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ModifyClusterNodePoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ModifyClusterNodePoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](ModifyClusterNodePoolRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](ModifyClusterNodePoolRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`auto_scaling`](ModifyClusterNodePoolRequest::auto_scaling): The auto scaling configuration.
    pub fn auto_scaling(
        mut self,
        value: impl Into<cs_model::types::AutoScaling>,
    ) -> Self {
        self.request.auto_scaling = Some(value.into());
        self
    }

    /// Sets or clears [`auto_scaling`](ModifyClusterNodePoolRequest::auto_scaling): `None` leaves it out.
    pub fn set_auto_scaling(
        mut self,
        value: Option<cs_model::types::AutoScaling>,
    ) -> Self {
        self.request.auto_scaling = value;
        self
    }

    /// Sets [`concurrency`](ModifyClusterNodePoolRequest::concurrency): Specifies whether to enable concurrency.
    pub fn concurrency(mut self, value: bool) -> Self {
        self.request.concurrency = Some(value);
        self
    }

    /// Sets or clears [`concurrency`](ModifyClusterNodePoolRequest::concurrency): `None` leaves it out.
    pub fn set_concurrency(mut self, value: Option<bool>) -> Self {
        self.request.concurrency = value;
        self
    }

    /// Sets [`eflo_node_group`](ModifyClusterNodePoolRequest::eflo_node_group): The Lingjun AI Computing Service node pool configuration.
    pub fn eflo_node_group(
        mut self,
        value: impl Into<cs_model::types::ModifyClusterNodePoolEfloNodeGroup>,
    ) -> Self {
        self.request.eflo_node_group = Some(value.into());
        self
    }

    /// Sets or clears [`eflo_node_group`](ModifyClusterNodePoolRequest::eflo_node_group): `None` leaves it out.
    pub fn set_eflo_node_group(
        mut self,
        value: Option<cs_model::types::ModifyClusterNodePoolEfloNodeGroup>,
    ) -> Self {
        self.request.eflo_node_group = value;
        self
    }

    /// Sets [`kubernetes_config`](ModifyClusterNodePoolRequest::kubernetes_config): The cluster-related configuration.
    pub fn kubernetes_config(
        mut self,
        value: impl Into<cs_model::types::KubernetesConfig>,
    ) -> Self {
        self.request.kubernetes_config = Some(value.into());
        self
    }

    /// Sets or clears [`kubernetes_config`](ModifyClusterNodePoolRequest::kubernetes_config): `None` leaves it out.
    pub fn set_kubernetes_config(
        mut self,
        value: Option<cs_model::types::KubernetesConfig>,
    ) -> Self {
        self.request.kubernetes_config = value;
        self
    }

    /// Sets [`management`](ModifyClusterNodePoolRequest::management): The managed node pool configuration.
    pub fn management(
        mut self,
        value: impl Into<cs_model::types::ModifyClusterNodePoolManagement>,
    ) -> Self {
        self.request.management = Some(value.into());
        self
    }

    /// Sets or clears [`management`](ModifyClusterNodePoolRequest::management): `None` leaves it out.
    pub fn set_management(
        mut self,
        value: Option<cs_model::types::ModifyClusterNodePoolManagement>,
    ) -> Self {
        self.request.management = value;
        self
    }

    /// Sets [`nodepool_info`](ModifyClusterNodePoolRequest::nodepool_info): The node pool configuration.
    pub fn nodepool_info(
        mut self,
        value: impl Into<cs_model::types::ModifyClusterNodePoolNodepoolInfo>,
    ) -> Self {
        self.request.nodepool_info = Some(value.into());
        self
    }

    /// Sets or clears [`nodepool_info`](ModifyClusterNodePoolRequest::nodepool_info): `None` leaves it out.
    pub fn set_nodepool_info(
        mut self,
        value: Option<cs_model::types::ModifyClusterNodePoolNodepoolInfo>,
    ) -> Self {
        self.request.nodepool_info = value;
        self
    }

    /// Sets [`scaling_group`](ModifyClusterNodePoolRequest::scaling_group): The scaling group configuration of the node pool.
    pub fn scaling_group(
        mut self,
        value: impl Into<cs_model::types::ModifyClusterNodePoolScalingGroup>,
    ) -> Self {
        self.request.scaling_group = Some(value.into());
        self
    }

    /// Sets or clears [`scaling_group`](ModifyClusterNodePoolRequest::scaling_group): `None` leaves it out.
    pub fn set_scaling_group(
        mut self,
        value: Option<cs_model::types::ModifyClusterNodePoolScalingGroup>,
    ) -> Self {
        self.request.scaling_group = value;
        self
    }

    /// Sets [`tee_config`](ModifyClusterNodePoolRequest::tee_config): The confidential computing cluster configuration.
    pub fn tee_config(mut self, value: impl Into<cs_model::types::TeeConfig>) -> Self {
        self.request.tee_config = Some(value.into());
        self
    }

    /// Sets or clears [`tee_config`](ModifyClusterNodePoolRequest::tee_config): `None` leaves it out.
    pub fn set_tee_config(mut self, value: Option<cs_model::types::TeeConfig>) -> Self {
        self.request.tee_config = value;
        self
    }

    /// Sets [`update_nodes`](ModifyClusterNodePoolRequest::update_nodes): Specifies whether to synchronously update node labels and taints.
    pub fn update_nodes(mut self, value: bool) -> Self {
        self.request.update_nodes = Some(value);
        self
    }

    /// Sets or clears [`update_nodes`](ModifyClusterNodePoolRequest::update_nodes): `None` leaves it out.
    pub fn set_update_nodes(mut self, value: Option<bool>) -> Self {
        self.request.update_nodes = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyClusterNodePoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyClusterNodePoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyClusterNodePoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyClusterNodePool>(&self.request).await
    }
}
