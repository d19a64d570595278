// @generated from spec/eflo-controller/2022-12-15/actions/DescribeFaultReport.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeFaultReport`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_fault_report::{
    DescribeFaultReport, DescribeFaultReportRequest, DescribeFaultReportResponse,
};

/// Builds and sends `DescribeFaultReport`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeFaultReportBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeFaultReportRequest,
}

impl DescribeFaultReportBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeFaultReportRequest::default(),
        }
    }

    /// Sets [`ReportId`](DescribeFaultReportRequest::report_id): The report ID.
    ///
    /// Required.
    pub fn report_id(mut self, value: impl Into<String>) -> Self {
        self.request.report_id = Some(value.into());
        self
    }

    /// Sets or clears [`ReportId`](DescribeFaultReportRequest::report_id): `None` leaves it out.
    pub fn set_report_id(mut self, value: Option<String>) -> Self {
        self.request.report_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeFaultReportRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeFaultReportRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeFaultReportResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeFaultReport>(&self.request).await
    }
}
