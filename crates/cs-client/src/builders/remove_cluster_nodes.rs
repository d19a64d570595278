// @generated from spec/cs/2015-12-15/actions/RemoveClusterNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `RemoveClusterNodes`.

use cs_model::ErrorCode;
use cs_model::actions::remove_cluster_nodes::{
    RemoveClusterNodes, RemoveClusterNodesRequest, RemoveClusterNodesResponse,
};

/// Builds and sends `RemoveClusterNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RemoveClusterNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: RemoveClusterNodesRequest,
}

impl RemoveClusterNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RemoveClusterNodesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RemoveClusterNodesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RemoveClusterNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`drain_node`](RemoveClusterNodesRequest::drain_node).
    pub fn drain_node(mut self, value: bool) -> Self {
        self.request.drain_node = Some(value);
        self
    }

    /// Sets or clears [`drain_node`](RemoveClusterNodesRequest::drain_node): `None` leaves it out.
    pub fn set_drain_node(mut self, value: Option<bool>) -> Self {
        self.request.drain_node = value;
        self
    }

    /// Sets [`nodes`](RemoveClusterNodesRequest::nodes).
    ///
    /// Required.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodes`](RemoveClusterNodesRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`release_node`](RemoveClusterNodesRequest::release_node).
    pub fn release_node(mut self, value: bool) -> Self {
        self.request.release_node = Some(value);
        self
    }

    /// Sets or clears [`release_node`](RemoveClusterNodesRequest::release_node): `None` leaves it out.
    pub fn set_release_node(mut self, value: Option<bool>) -> Self {
        self.request.release_node = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RemoveClusterNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RemoveClusterNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RemoveClusterNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RemoveClusterNodes>(&self.request).await
    }
}
