// @generated from spec/cs/2015-12-15/actions/DescribeUserQuota.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeUserQuota`.

use cs_model::ErrorCode;
use cs_model::actions::describe_user_quota::{
    DescribeUserQuota, DescribeUserQuotaRequest, DescribeUserQuotaResponse,
};

/// Builds and sends `DescribeUserQuota`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeUserQuotaBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeUserQuotaRequest,
}

impl DescribeUserQuotaBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeUserQuotaRequest::default(),
        }
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeUserQuotaRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeUserQuotaRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeUserQuotaResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeUserQuota>(&self.request).await
    }
}
