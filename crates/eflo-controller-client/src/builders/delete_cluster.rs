// @generated from spec/eflo-controller/2022-12-15/actions/DeleteCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteCluster`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::delete_cluster::{
    DeleteCluster, DeleteClusterRequest, DeleteClusterResponse,
};

/// Builds and sends `DeleteCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteClusterRequest,
}

impl DeleteClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteClusterRequest::cluster_id): The cluster ID.
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteCluster>(&self.request).await
    }
}
