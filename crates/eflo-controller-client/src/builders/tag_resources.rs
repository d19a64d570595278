// @generated from spec/eflo-controller/2022-12-15/actions/TagResources.json by `cargo xtask codegen`; do not edit.
//! The builder of `TagResources`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::tag_resources::{
    TagResourcesAction, TagResourcesRequest, TagResourcesResponse,
};

/// Builds and sends `TagResources`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct TagResourcesBuilder {
    client: sdk_runtime::ServiceClient,
    request: TagResourcesRequest,
}

impl TagResourcesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: TagResourcesRequest::default(),
        }
    }

    /// Sets [`RegionId`](TagResourcesRequest::region_id): The region ID.
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`RegionId`](TagResourcesRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`ResourceId`](TagResourcesRequest::resource_id): A list of resource IDs.
    ///
    /// Required.
    pub fn resource_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resource_id = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`ResourceId`](TagResourcesRequest::resource_id): `None` leaves it out.
    pub fn set_resource_id(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resource_id = value;
        self
    }

    /// Sets [`ResourceType`](TagResourcesRequest::resource_type): The resource type.
    ///
    /// Required.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceType`](TagResourcesRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`Tag`](TagResourcesRequest::tag): The tags.
    ///
    /// Required.
    pub fn tag(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tag`](TagResourcesRequest::tag): `None` leaves it out.
    pub fn set_tag(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &TagResourcesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: TagResourcesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<TagResourcesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<TagResourcesAction>(&self.request).await
    }
}
