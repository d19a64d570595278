// @generated from spec/eflo-controller/2022-12-15/actions/DescribeRegions.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeRegions`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_regions::{
    DescribeRegions, DescribeRegionsRequest, DescribeRegionsResponse,
};

/// Builds and sends `DescribeRegions`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeRegionsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeRegionsRequest,
}

impl DescribeRegionsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeRegionsRequest::default(),
        }
    }

    /// Sets [`AcceptLanguage`](DescribeRegionsRequest::accept_language): The natural language that is used to filter responses.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.request.accept_language = Some(value.into());
        self
    }

    /// Sets or clears [`AcceptLanguage`](DescribeRegionsRequest::accept_language): `None` leaves it out.
    pub fn set_accept_language(mut self, value: Option<String>) -> Self {
        self.request.accept_language = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeRegionsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeRegionsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeRegionsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeRegions>(&self.request).await
    }
}
