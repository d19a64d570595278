// @generated from spec/cs/2015-12-15/actions/DescribeNodePoolVuls.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeNodePoolVuls`.

use cs_model::ErrorCode;
use cs_model::actions::describe_node_pool_vuls::{
    DescribeNodePoolVuls, DescribeNodePoolVulsRequest, DescribeNodePoolVulsResponse,
};

/// Builds and sends `DescribeNodePoolVuls`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeNodePoolVulsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeNodePoolVulsRequest,
}

impl DescribeNodePoolVulsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeNodePoolVulsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeNodePoolVulsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeNodePoolVulsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](DescribeNodePoolVulsRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](DescribeNodePoolVulsRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`necessity`](DescribeNodePoolVulsRequest::necessity): The necessity levels of the vulnerability fixes to query.
    pub fn necessity(mut self, value: impl Into<String>) -> Self {
        self.request.necessity = Some(value.into());
        self
    }

    /// Sets or clears [`necessity`](DescribeNodePoolVulsRequest::necessity): `None` leaves it out.
    pub fn set_necessity(mut self, value: Option<String>) -> Self {
        self.request.necessity = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeNodePoolVulsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeNodePoolVulsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeNodePoolVulsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeNodePoolVuls>(&self.request).await
    }
}
