// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNetTestResult.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeNetTestResult`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_net_test_result::{
    DescribeNetTestResult, DescribeNetTestResultRequest, DescribeNetTestResultResponse,
};

/// Builds and sends `DescribeNetTestResult`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeNetTestResultBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeNetTestResultRequest,
}

impl DescribeNetTestResultBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeNetTestResultRequest::default(),
        }
    }

    /// Sets [`TestId`](DescribeNetTestResultRequest::test_id): The test task ID.
    pub fn test_id(mut self, value: impl Into<String>) -> Self {
        self.request.test_id = Some(value.into());
        self
    }

    /// Sets or clears [`TestId`](DescribeNetTestResultRequest::test_id): `None` leaves it out.
    pub fn set_test_id(mut self, value: Option<String>) -> Self {
        self.request.test_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeNetTestResultRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeNetTestResultRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeNetTestResultResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeNetTestResult>(&self.request).await
    }
}
