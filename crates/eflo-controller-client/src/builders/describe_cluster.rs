// @generated from spec/eflo-controller/2022-12-15/actions/DescribeCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeCluster`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_cluster::{
    DescribeCluster, DescribeClusterRequest, DescribeClusterResponse,
};

/// Builds and sends `DescribeCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterRequest,
}

impl DescribeClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterRequest::cluster_id): The cluster ID.
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeCluster>(&self.request).await
    }
}
