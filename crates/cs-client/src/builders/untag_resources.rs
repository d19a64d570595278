// @generated from spec/cs/2015-12-15/actions/UntagResources.json by `cargo xtask codegen`; do not edit.
//! The builder of `UntagResources`.

use cs_model::ErrorCode;
use cs_model::actions::untag_resources::{
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

    /// Sets [`all`](UntagResourcesRequest::all): Specifies whether to delete all custom tags.
    pub fn all(mut self, value: bool) -> Self {
        self.request.all = Some(value);
        self
    }

    /// Sets or clears [`all`](UntagResourcesRequest::all): `None` leaves it out.
    pub fn set_all(mut self, value: Option<bool>) -> Self {
        self.request.all = value;
        self
    }

    /// Sets [`region_id`](UntagResourcesRequest::region_id): The region ID of the resource.
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`region_id`](UntagResourcesRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`resource_ids`](UntagResourcesRequest::resource_ids): The list of resource IDs.
    ///
    /// Required.
    pub fn resource_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resource_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`resource_ids`](UntagResourcesRequest::resource_ids): `None` leaves it out.
    pub fn set_resource_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resource_ids = value;
        self
    }

    /// Sets [`resource_type`](UntagResourcesRequest::resource_type): The resource type.
    ///
    /// Required.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`resource_type`](UntagResourcesRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`tag_keys`](UntagResourcesRequest::tag_keys): The list of tag keys for the resources.
    ///
    /// Required.
    pub fn tag_keys(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.tag_keys = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`tag_keys`](UntagResourcesRequest::tag_keys): `None` leaves it out.
    pub fn set_tag_keys(mut self, value: Option<Vec<String>>) -> Self {
        self.request.tag_keys = value;
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
