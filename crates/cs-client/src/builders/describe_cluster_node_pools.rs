// @generated from spec/cs/2015-12-15/actions/DescribeClusterNodePools.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterNodePools`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_node_pools::{
    DescribeClusterNodePools, DescribeClusterNodePoolsRequest,
    DescribeClusterNodePoolsResponse,
};

/// Builds and sends `DescribeClusterNodePools`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterNodePoolsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterNodePoolsRequest,
}

impl DescribeClusterNodePoolsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterNodePoolsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterNodePoolsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterNodePoolsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolName`](DescribeClusterNodePoolsRequest::nodepool_name): The node pool name.
    pub fn nodepool_name(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_name = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolName`](DescribeClusterNodePoolsRequest::nodepool_name): `None` leaves it out.
    pub fn set_nodepool_name(mut self, value: Option<String>) -> Self {
        self.request.nodepool_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterNodePoolsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClusterNodePoolsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClusterNodePoolsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeClusterNodePools>(&self.request).await
    }
}
