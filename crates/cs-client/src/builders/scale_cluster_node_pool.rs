// @generated from spec/cs/2015-12-15/actions/ScaleClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The builder of `ScaleClusterNodePool`.

use cs_model::ErrorCode;
use cs_model::actions::scale_cluster_node_pool::{
    ScaleClusterNodePool, ScaleClusterNodePoolRequest, ScaleClusterNodePoolResponse,
};

/// Builds and sends `ScaleClusterNodePool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ScaleClusterNodePoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: ScaleClusterNodePoolRequest,
}

impl ScaleClusterNodePoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ScaleClusterNodePoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ScaleClusterNodePoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ScaleClusterNodePoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](ScaleClusterNodePoolRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](ScaleClusterNodePoolRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`count`](ScaleClusterNodePoolRequest::count): The number of nodes to add.
    pub fn count(mut self, value: i64) -> Self {
        self.request.count = Some(value);
        self
    }

    /// Sets or clears [`count`](ScaleClusterNodePoolRequest::count): `None` leaves it out.
    pub fn set_count(mut self, value: Option<i64>) -> Self {
        self.request.count = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ScaleClusterNodePoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ScaleClusterNodePoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ScaleClusterNodePoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ScaleClusterNodePool>(&self.request).await
    }
}
