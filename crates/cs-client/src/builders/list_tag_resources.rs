// @generated from spec/cs/2015-12-15/actions/ListTagResources.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListTagResources`.

use cs_model::ErrorCode;
use cs_model::actions::list_tag_resources::{
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

    /// Sets [`next_token`](ListTagResourcesRequest::next_token): The token for the next query.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`next_token`](ListTagResourcesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`region_id`](ListTagResourcesRequest::region_id): The region ID.
    ///
    /// Required.
    pub fn region_id(mut self, value: impl Into<String>) -> Self {
        self.request.region_id = Some(value.into());
        self
    }

    /// Sets or clears [`region_id`](ListTagResourcesRequest::region_id): `None` leaves it out.
    pub fn set_region_id(mut self, value: Option<String>) -> Self {
        self.request.region_id = value;
        self
    }

    /// Sets [`resource_ids`](ListTagResourcesRequest::resource_ids): The list of resource IDs to query.
    ///
    /// Required.
    pub fn resource_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resource_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`resource_ids`](ListTagResourcesRequest::resource_ids): `None` leaves it out.
    pub fn set_resource_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resource_ids = value;
        self
    }

    /// Sets [`resource_type`](ListTagResourcesRequest::resource_type): The resource type.
    ///
    /// Required.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`resource_type`](ListTagResourcesRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`tags`](ListTagResourcesRequest::tags): The list of tags to query.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`tags`](ListTagResourcesRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<cs_model::types::Tag>>) -> Self {
        self.request.tags = value;
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
