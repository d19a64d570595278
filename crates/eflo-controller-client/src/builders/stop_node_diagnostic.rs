// @generated from spec/eflo-controller/2022-12-15/actions/StopNodeDiagnostic.json by `cargo xtask codegen`; do not edit.
//! The builder of `StopNodeDiagnostic`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::stop_node_diagnostic::{
    StopNodeDiagnostic, StopNodeDiagnosticRequest, StopNodeDiagnosticResponse,
};

/// Builds and sends `StopNodeDiagnostic`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct StopNodeDiagnosticBuilder {
    client: sdk_runtime::ServiceClient,
    request: StopNodeDiagnosticRequest,
}

impl StopNodeDiagnosticBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: StopNodeDiagnosticRequest::default(),
        }
    }

    /// Sets [`ReportId`](StopNodeDiagnosticRequest::report_id): The report ID.
    ///
    /// Required.
    pub fn report_id(mut self, value: impl Into<String>) -> Self {
        self.request.report_id = Some(value.into());
        self
    }

    /// Sets or clears [`ReportId`](StopNodeDiagnosticRequest::report_id): `None` leaves it out.
    pub fn set_report_id(mut self, value: Option<String>) -> Self {
        self.request.report_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &StopNodeDiagnosticRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: StopNodeDiagnosticRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<StopNodeDiagnosticResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<StopNodeDiagnostic>(&self.request).await
    }
}
