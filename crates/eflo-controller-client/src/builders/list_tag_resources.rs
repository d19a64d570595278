// @generated from spec/eflo-controller/2022-12-15/actions/ListTagResources.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListTagResources`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_tag_resources::{
    ListTagResources, ListTagResourcesRequest, ListTagResourcesResponse,
};

/// Builds and sends `ListTagResources`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListTagResourcesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListTagResourcesRequest,
}

impl ListTagResourcesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListTagResourcesRequest::default(),
        }
    }

    /// Sets [`NextToken`](ListTagResourcesRequest::next_token): The token used to retrieve the next page of results.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListTagResourcesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`RegionId`](ListTagResourcesRequest::region_id): The region ID.
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`RegionId`](ListTagResourcesRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`ResourceId`](ListTagResourcesRequest::resource_id): The list of resource IDs.
    pub fn resource_id(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resource_id = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`ResourceId`](ListTagResourcesRequest::resource_id): `None` leaves it out.
    pub fn set_resource_id(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resource_id = value;
        self
    }

    /// Sets [`ResourceType`](ListTagResourcesRequest::resource_type): The resource type.
    ///
    /// Required.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceType`](ListTagResourcesRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`Tag`](ListTagResourcesRequest::tag): The list of tags.
    pub fn tag(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tag`](ListTagResourcesRequest::tag): `None` leaves it out.
    pub fn set_tag(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListTagResourcesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListTagResourcesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListTagResourcesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListTagResources>(&self.request).await
    }
}
