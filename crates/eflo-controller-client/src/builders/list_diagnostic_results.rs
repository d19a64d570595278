// @generated from spec/eflo-controller/2022-12-15/actions/ListDiagnosticResults.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListDiagnosticResults`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_diagnostic_results::{
    ListDiagnosticResults, ListDiagnosticResultsRequest, ListDiagnosticResultsResponse,
};

/// Builds and sends `ListDiagnosticResults`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListDiagnosticResultsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListDiagnosticResultsRequest,
}

impl ListDiagnosticResultsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListDiagnosticResultsRequest::default(),
        }
    }

    /// Sets [`DiagType`](ListDiagnosticResultsRequest::diag_type): The diagnostic type.
    pub fn diag_type(mut self, value: impl Into<String>) -> Self {
        self.request.diag_type = Some(value.into());
        self
    }

    /// Sets or clears [`DiagType`](ListDiagnosticResultsRequest::diag_type): `None` leaves it out.
    pub fn set_diag_type(mut self, value: Option<String>) -> Self {
        self.request.diag_type = value;
        self
    }

    /// Sets [`MaxResults`](ListDiagnosticResultsRequest::max_results): The number of entries per page in a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListDiagnosticResultsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListDiagnosticResultsRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListDiagnosticResultsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListDiagnosticResultsRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListDiagnosticResultsRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListDiagnosticResultsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListDiagnosticResultsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListDiagnosticResultsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListDiagnosticResults>(&self.request).await
    }
}
