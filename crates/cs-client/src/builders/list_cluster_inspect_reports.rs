// @generated from spec/cs/2015-12-15/actions/ListClusterInspectReports.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListClusterInspectReports`.

use cs_model::ErrorCode;
use cs_model::actions::list_cluster_inspect_reports::{
    ListClusterInspectReports, ListClusterInspectReportsRequest,
    ListClusterInspectReportsResponse,
};

/// Builds and sends `ListClusterInspectReports`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListClusterInspectReportsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListClusterInspectReportsRequest,
}

impl ListClusterInspectReportsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListClusterInspectReportsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListClusterInspectReportsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListClusterInspectReportsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`maxResults`](ListClusterInspectReportsRequest::max_results): The maximum number of results to return.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`maxResults`](ListClusterInspectReportsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`nextToken`](ListClusterInspectReportsRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`nextToken`](ListClusterInspectReportsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListClusterInspectReportsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListClusterInspectReportsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListClusterInspectReportsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListClusterInspectReports>(&self.request).await
    }
}
