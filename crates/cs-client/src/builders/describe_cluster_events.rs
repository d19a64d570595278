// @generated from spec/cs/2015-12-15/actions/DescribeClusterEvents.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterEvents`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_events::{
    DescribeClusterEvents, DescribeClusterEventsRequest, DescribeClusterEventsResponse,
};

/// Builds and sends `DescribeClusterEvents`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterEventsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterEventsRequest,
}

impl DescribeClusterEventsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterEventsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterEventsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterEventsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`max_results`](DescribeClusterEventsRequest::max_results): The maximum number of results to return for a single request.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`max_results`](DescribeClusterEventsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`next_token`](DescribeClusterEventsRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`next_token`](DescribeClusterEventsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`page_number`](DescribeClusterEventsRequest::page_number): The page number.
    pub fn page_number(mut self, value: i64) -> Self {
        self.request.page_number = Some(value);
        self
    }

    /// Sets or clears [`page_number`](DescribeClusterEventsRequest::page_number): `None` leaves it out.
    pub fn set_page_number(mut self, value: Option<i64>) -> Self {
        self.request.page_number = value;
        self
    }

    /// Sets [`page_size`](DescribeClusterEventsRequest::page_size): The maximum number of entries to return on each page.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }

    /// Sets or clears [`page_size`](DescribeClusterEventsRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }

    /// Sets [`task_id`](DescribeClusterEventsRequest::task_id): The ID of the task to query.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.request.task_id = Some(value.into());
        self
    }

    /// Sets or clears [`task_id`](DescribeClusterEventsRequest::task_id): `None` leaves it out.
    pub fn set_task_id(mut self, value: Option<String>) -> Self {
        self.request.task_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterEventsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClusterEventsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClusterEventsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeClusterEvents>(&self.request).await
    }
}
