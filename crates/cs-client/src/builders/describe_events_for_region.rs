// @generated from spec/cs/2015-12-15/actions/DescribeEventsForRegion.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeEventsForRegion`.

use cs_model::ErrorCode;
use cs_model::actions::describe_events_for_region::{
    DescribeEventsForRegion, DescribeEventsForRegionRequest,
    DescribeEventsForRegionResponse,
};

/// Builds and sends `DescribeEventsForRegion`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeEventsForRegionBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeEventsForRegionRequest,
}

impl DescribeEventsForRegionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeEventsForRegionRequest::default(),
        }
    }

    /// Sets [`RegionId`](DescribeEventsForRegionRequest::region_id).
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`RegionId`](DescribeEventsForRegionRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`cluster_id`](DescribeEventsForRegionRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](DescribeEventsForRegionRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`max_results`](DescribeEventsForRegionRequest::max_results): The maximum number of results to return for a single request.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`max_results`](DescribeEventsForRegionRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`next_token`](DescribeEventsForRegionRequest::next_token): The query token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`next_token`](DescribeEventsForRegionRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`page_number`](DescribeEventsForRegionRequest::page_number): The page number.
    pub fn page_number(mut self, value: i64) -> Self {
        self.request.page_number = Some(value);
        self
    }

    /// Sets or clears [`page_number`](DescribeEventsForRegionRequest::page_number): `None` leaves it out.
    pub fn set_page_number(mut self, value: Option<i64>) -> Self {
        self.request.page_number = value;
        self
    }

    /// Sets [`page_size`](DescribeEventsForRegionRequest::page_size): The maximum number of results to return per page.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }

    /// Sets or clears [`page_size`](DescribeEventsForRegionRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeEventsForRegionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeEventsForRegionRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeEventsForRegionResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeEventsForRegion>(&self.request).await
    }
}
