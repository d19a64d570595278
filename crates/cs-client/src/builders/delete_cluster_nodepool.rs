// @generated from spec/cs/2015-12-15/actions/DeleteClusterNodepool.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteClusterNodepool`.

use cs_model::ErrorCode;
use cs_model::actions::delete_cluster_nodepool::{
    DeleteClusterNodepool, DeleteClusterNodepoolRequest, DeleteClusterNodepoolResponse,
};

/// Builds and sends `DeleteClusterNodepool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteClusterNodepoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteClusterNodepoolRequest,
}

impl DeleteClusterNodepoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteClusterNodepoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteClusterNodepoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteClusterNodepoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](DeleteClusterNodepoolRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](DeleteClusterNodepoolRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`force`](DeleteClusterNodepoolRequest::force): Specifies whether to force delete the node pool.
    pub fn force(mut self, value: bool) -> Self {
        self.request.force = Some(value);
        self
    }

    /// Sets or clears [`force`](DeleteClusterNodepoolRequest::force): `None` leaves it out.
    pub fn set_force(mut self, value: Option<bool>) -> Self {
        self.request.force = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteClusterNodepoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteClusterNodepoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteClusterNodepoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteClusterNodepool>(&self.request).await
    }
}
