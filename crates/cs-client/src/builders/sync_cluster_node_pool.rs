// @generated from spec/cs/2015-12-15/actions/SyncClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The builder of `SyncClusterNodePool`.

use cs_model::ErrorCode;
use cs_model::actions::sync_cluster_node_pool::{
    SyncClusterNodePool, SyncClusterNodePoolRequest, SyncClusterNodePoolResponse,
};

/// Builds and sends `SyncClusterNodePool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct SyncClusterNodePoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: SyncClusterNodePoolRequest,
}

impl SyncClusterNodePoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: SyncClusterNodePoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](SyncClusterNodePoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](SyncClusterNodePoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &SyncClusterNodePoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: SyncClusterNodePoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<SyncClusterNodePoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<SyncClusterNodePool>(&self.request).await
    }
}
