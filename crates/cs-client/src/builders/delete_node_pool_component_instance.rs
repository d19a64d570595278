// @generated from spec/cs/2015-12-15/actions/DeleteNodePoolComponentInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteNodePoolComponentInstance`.

use cs_model::ErrorCode;
use cs_model::actions::delete_node_pool_component_instance::{
    DeleteNodePoolComponentInstance, DeleteNodePoolComponentInstanceRequest,
    DeleteNodePoolComponentInstanceResponse,
};

/// Builds and sends `DeleteNodePoolComponentInstance`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteNodePoolComponentInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteNodePoolComponentInstanceRequest,
}

impl DeleteNodePoolComponentInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteNodePoolComponentInstanceRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteNodePoolComponentInstanceRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteNodePoolComponentInstanceRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](DeleteNodePoolComponentInstanceRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](DeleteNodePoolComponentInstanceRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`Name`](DeleteNodePoolComponentInstanceRequest::name).
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](DeleteNodePoolComponentInstanceRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`batch_interval`](DeleteNodePoolComponentInstanceRequest::batch_interval): The interval between batches, in seconds.
    pub fn batch_interval(mut self, value: i64) -> Self {
        self.request.batch_interval = Some(value);
        self
    }

    /// Sets or clears [`batch_interval`](DeleteNodePoolComponentInstanceRequest::batch_interval): `None` leaves it out.
    pub fn set_batch_interval(mut self, value: Option<i64>) -> Self {
        self.request.batch_interval = value;
        self
    }

    /// Sets [`max_failed_nodes`](DeleteNodePoolComponentInstanceRequest::max_failed_nodes): The maximum number of nodes that are allowed to fail during the rolling process.
    pub fn max_failed_nodes(mut self, value: i64) -> Self {
        self.request.max_failed_nodes = Some(value);
        self
    }

    /// Sets or clears [`max_failed_nodes`](DeleteNodePoolComponentInstanceRequest::max_failed_nodes): `None` leaves it out.
    pub fn set_max_failed_nodes(mut self, value: Option<i64>) -> Self {
        self.request.max_failed_nodes = value;
        self
    }

    /// Sets [`max_parallelism`](DeleteNodePoolComponentInstanceRequest::max_parallelism): The maximum number of parallel nodes per batch.
    pub fn max_parallelism(mut self, value: i64) -> Self {
        self.request.max_parallelism = Some(value);
        self
    }

    /// Sets or clears [`max_parallelism`](DeleteNodePoolComponentInstanceRequest::max_parallelism): `None` leaves it out.
    pub fn set_max_parallelism(mut self, value: Option<i64>) -> Self {
        self.request.max_parallelism = value;
        self
    }

    /// Sets [`node_names`](DeleteNodePoolComponentInstanceRequest::node_names): The list of nodes to rotate.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_names`](DeleteNodePoolComponentInstanceRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`pause_policy`](DeleteNodePoolComponentInstanceRequest::pause_policy): The auto-pause policy during the node upgrade process.
    pub fn pause_policy(mut self, value: impl Into<String>) -> Self {
        self.request.pause_policy = Some(value.into());
        self
    }

    /// Sets or clears [`pause_policy`](DeleteNodePoolComponentInstanceRequest::pause_policy): `None` leaves it out.
    pub fn set_pause_policy(mut self, value: Option<String>) -> Self {
        self.request.pause_policy = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteNodePoolComponentInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: DeleteNodePoolComponentInstanceRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        DeleteNodePoolComponentInstanceResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<DeleteNodePoolComponentInstance>(&self.request).await
    }
}
