// @generated from spec/eflo-controller/2022-12-15/actions/ListFaultReports.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListFaultReports`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_fault_reports::{
    ListFaultReports, ListFaultReportsRequest, ListFaultReportsResponse,
};

/// Builds and sends `ListFaultReports`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListFaultReportsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListFaultReportsRequest,
}

impl ListFaultReportsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListFaultReportsRequest::default(),
        }
    }

    /// Sets [`MaxResults`](ListFaultReportsRequest::max_results): The maximum number of results to return.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListFaultReportsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListFaultReportsRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListFaultReportsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`Nodes`](ListFaultReportsRequest::nodes): The list of nodes.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Nodes`](ListFaultReportsRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`Status`](ListFaultReportsRequest::status): The status of the fault report.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.request.status = Some(value.into());
        self
    }

    /// Sets or clears [`Status`](ListFaultReportsRequest::status): `None` leaves it out.
    pub fn set_status(mut self, value: Option<String>) -> Self {
        self.request.status = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListFaultReportsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListFaultReportsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListFaultReportsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListFaultReports>(&self.request).await
    }
}
