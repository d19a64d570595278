// @generated from spec/cs/2015-12-15/actions/DescribeClusterVuls.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterVuls`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_vuls::{
    DescribeClusterVuls, DescribeClusterVulsRequest, DescribeClusterVulsResponse,
};

/// Builds and sends `DescribeClusterVuls`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterVulsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterVulsRequest,
}

impl DescribeClusterVulsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterVulsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterVulsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterVulsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterVulsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClusterVulsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClusterVulsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeClusterVuls>(&self.request).await
    }
}
