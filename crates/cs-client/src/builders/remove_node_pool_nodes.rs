// @generated from spec/cs/2015-12-15/actions/RemoveNodePoolNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `RemoveNodePoolNodes`.

use cs_model::ErrorCode;
use cs_model::actions::remove_node_pool_nodes::{
    RemoveNodePoolNodes, RemoveNodePoolNodesRequest, RemoveNodePoolNodesResponse,
};

/// Builds and sends `RemoveNodePoolNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RemoveNodePoolNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: RemoveNodePoolNodesRequest,
}

impl RemoveNodePoolNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RemoveNodePoolNodesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RemoveNodePoolNodesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RemoveNodePoolNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](RemoveNodePoolNodesRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](RemoveNodePoolNodesRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`concurrency`](RemoveNodePoolNodesRequest::concurrency): Specifies whether to remove the nodes concurrently.
    pub fn concurrency(mut self, value: bool) -> Self {
        self.request.concurrency = Some(value);
        self
    }

    /// Sets or clears [`concurrency`](RemoveNodePoolNodesRequest::concurrency): `None` leaves it out.
    pub fn set_concurrency(mut self, value: Option<bool>) -> Self {
        self.request.concurrency = value;
        self
    }

    /// Sets [`drain_node`](RemoveNodePoolNodesRequest::drain_node): Specifies whether to drain the nodes.
    pub fn drain_node(mut self, value: bool) -> Self {
        self.request.drain_node = Some(value);
        self
    }

    /// Sets or clears [`drain_node`](RemoveNodePoolNodesRequest::drain_node): `None` leaves it out.
    pub fn set_drain_node(mut self, value: Option<bool>) -> Self {
        self.request.drain_node = value;
        self
    }

    /// Sets [`instance_ids`](RemoveNodePoolNodesRequest::instance_ids): The list of instances to be removed.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`instance_ids`](RemoveNodePoolNodesRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`nodes`](RemoveNodePoolNodesRequest::nodes): **\[Deprecated\]**.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodes`](RemoveNodePoolNodesRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`release_node`](RemoveNodePoolNodesRequest::release_node): Specifies whether to release the nodes.
    pub fn release_node(mut self, value: bool) -> Self {
        self.request.release_node = Some(value);
        self
    }

    /// Sets or clears [`release_node`](RemoveNodePoolNodesRequest::release_node): `None` leaves it out.
    pub fn set_release_node(mut self, value: Option<bool>) -> Self {
        self.request.release_node = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RemoveNodePoolNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RemoveNodePoolNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RemoveNodePoolNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RemoveNodePoolNodes>(&self.request).await
    }
}
