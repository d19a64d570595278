// @generated from spec/cs/2015-12-15/actions/ListOperationPlansForRegion.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListOperationPlansForRegion`.

use cs_model::ErrorCode;
use cs_model::actions::list_operation_plans_for_region::{
    ListOperationPlansForRegion, ListOperationPlansForRegionRequest,
    ListOperationPlansForRegionResponse,
};

/// Builds and sends `ListOperationPlansForRegion`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListOperationPlansForRegionBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListOperationPlansForRegionRequest,
}

impl ListOperationPlansForRegionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListOperationPlansForRegionRequest::default(),
        }
    }

    /// Sets [`RegionId`](ListOperationPlansForRegionRequest::region_id).
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`RegionId`](ListOperationPlansForRegionRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`cluster_id`](ListOperationPlansForRegionRequest::cluster_id): Filters the results by cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](ListOperationPlansForRegionRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`state`](ListOperationPlansForRegionRequest::state): Filters the results by execution plan state.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.request.state = Some(value.into());
        self
    }

    /// Sets or clears [`state`](ListOperationPlansForRegionRequest::state): `None` leaves it out.
    pub fn set_state(mut self, value: Option<String>) -> Self {
        self.request.state = value;
        self
    }

    /// Sets `type`: Filters the results by execution plan type.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.request.r#type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListOperationPlansForRegionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListOperationPlansForRegionRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListOperationPlansForRegionResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListOperationPlansForRegion>(&self.request).await
    }
}
