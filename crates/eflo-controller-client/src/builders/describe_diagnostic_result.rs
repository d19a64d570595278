// @generated from spec/eflo-controller/2022-12-15/actions/DescribeDiagnosticResult.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeDiagnosticResult`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_diagnostic_result::{
    DescribeDiagnosticResult, DescribeDiagnosticResultRequest,
    DescribeDiagnosticResultResponse,
};

/// Builds and sends `DescribeDiagnosticResult`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeDiagnosticResultBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeDiagnosticResultRequest,
}

impl DescribeDiagnosticResultBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeDiagnosticResultRequest::default(),
        }
    }

    /// Sets [`DiagnosticId`](DescribeDiagnosticResultRequest::diagnostic_id): The diagnostic ID.
    pub fn diagnostic_id(mut self, value: impl Into<String>) -> Self {
        self.request.diagnostic_id = Some(value.into());
        self
    }

    /// Sets or clears [`DiagnosticId`](DescribeDiagnosticResultRequest::diagnostic_id): `None` leaves it out.
    pub fn set_diagnostic_id(mut self, value: Option<String>) -> Self {
        self.request.diagnostic_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeDiagnosticResultRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeDiagnosticResultRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeDiagnosticResultResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeDiagnosticResult>(&self.request).await
    }
}
