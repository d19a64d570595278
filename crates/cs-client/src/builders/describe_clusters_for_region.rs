// @generated from spec/cs/2015-12-15/actions/DescribeClustersForRegion.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClustersForRegion`.

use cs_model::ErrorCode;
use cs_model::actions::describe_clusters_for_region::{
    DescribeClustersForRegion, DescribeClustersForRegionRequest,
    DescribeClustersForRegionResponse,
};

/// Builds and sends `DescribeClustersForRegion`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClustersForRegionBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClustersForRegionRequest,
}

impl DescribeClustersForRegionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClustersForRegionRequest::default(),
        }
    }

    /// Sets [`RegionId`](DescribeClustersForRegionRequest::region_id).
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`RegionId`](DescribeClustersForRegionRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`cluster_id`](DescribeClustersForRegionRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](DescribeClustersForRegionRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cluster_spec`](DescribeClustersForRegionRequest::cluster_spec): Specifies the cluster specification.
    pub fn cluster_spec(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_spec = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_spec`](DescribeClustersForRegionRequest::cluster_spec): `None` leaves it out.
    pub fn set_cluster_spec(mut self, value: Option<String>) -> Self {
        self.request.cluster_spec = value;
        self
    }

    /// Sets [`cluster_type`](DescribeClustersForRegionRequest::cluster_type): Specifies the cluster type.
    pub fn cluster_type(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_type = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_type`](DescribeClustersForRegionRequest::cluster_type): `None` leaves it out.
    pub fn set_cluster_type(mut self, value: Option<String>) -> Self {
        self.request.cluster_type = value;
        self
    }

    /// Sets [`name`](DescribeClustersForRegionRequest::name): Specifies the cluster name for fuzzy match.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](DescribeClustersForRegionRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`page_number`](DescribeClustersForRegionRequest::page_number): The page number.
    pub fn page_number(mut self, value: i64) -> Self {
        self.request.page_number = Some(value);
        self
    }

    /// Sets or clears [`page_number`](DescribeClustersForRegionRequest::page_number): `None` leaves it out.
    pub fn set_page_number(mut self, value: Option<i64>) -> Self {
        self.request.page_number = value;
        self
    }

    /// Sets [`page_size`](DescribeClustersForRegionRequest::page_size): The number of entries per page.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }

    /// Sets or clears [`page_size`](DescribeClustersForRegionRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }

    /// Sets [`profile`](DescribeClustersForRegionRequest::profile): Specifies the cluster subtype.
    pub fn profile(mut self, value: impl Into<String>) -> Self {
        self.request.profile = Some(value.into());
        self
    }

    /// Sets or clears [`profile`](DescribeClustersForRegionRequest::profile): `None` leaves it out.
    pub fn set_profile(mut self, value: Option<String>) -> Self {
        self.request.profile = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClustersForRegionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClustersForRegionRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClustersForRegionResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeClustersForRegion>(&self.request).await
    }
}
