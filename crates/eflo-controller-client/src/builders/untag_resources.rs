// @generated from spec/eflo-controller/2022-12-15/actions/UntagResources.json by `cargo xtask codegen`; do not edit.
//! The builder of `UntagResources`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::untag_resources::{
    UntagResources, UntagResourcesRequest, UntagResourcesResponse,
};

/// Builds and sends `UntagResources`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UntagResourcesBuilder {
    client: sdk_runtime::ServiceClient,
    request: UntagResourcesRequest,
}

impl UntagResourcesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UntagResourcesRequest::default(),
        }
    }

    /// Sets [`All`](UntagResourcesRequest::all): Specifies whether to remove all tags from the resources.
    pub fn all(mut self, value: bool) -> Self {
        self.request.all = Some(value);
        self
    }

    /// Sets or clears [`All`](UntagResourcesRequest::all): `None` leaves it out.
    pub fn set_all(mut self, value: Option<bool>) -> Self {
        self.request.all = value;
        self
    }

    /// Sets [`RegionId`](UntagResourcesRequest::region_id): The region ID.
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`RegionId`](UntagResourcesRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`ResourceId`](UntagResourcesRequest::resource_id): The list of resource IDs.
    ///
    /// Required.
    pub fn resource_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resource_id = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`ResourceId`](UntagResourcesRequest::resource_id): `None` leaves it out.
    pub fn set_resource_id(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resource_id = value;
        self
    }

    /// Sets [`ResourceType`](UntagResourcesRequest::resource_type): The resource type.
    ///
    /// Required.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceType`](UntagResourcesRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`TagKey`](UntagResourcesRequest::tag_key): The list of tag keys.
    pub fn tag_key(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.tag_key = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`TagKey`](UntagResourcesRequest::tag_key): `None` leaves it out.
    pub fn set_tag_key(mut self, value: Option<Vec<String>>) -> Self {
        self.request.tag_key = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UntagResourcesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UntagResourcesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UntagResourcesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UntagResources>(&self.request).await
    }
}
