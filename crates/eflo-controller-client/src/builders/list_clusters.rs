// @generated from spec/eflo-controller/2022-12-15/actions/ListClusters.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListClusters`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_clusters::{
    ListClusters, ListClustersRequest, ListClustersResponse,
};

/// Builds and sends `ListClusters`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListClustersBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListClustersRequest,
}

impl ListClustersBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListClustersRequest::default(),
        }
    }

    /// Sets [`Tags`](ListClustersRequest::tags): The list of tags.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](ListClustersRequest::tags): `None` leaves it out.
    pub fn set_tags(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`MaxResults`](ListClustersRequest::max_results): The number of entries per page for a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListClustersRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListClustersRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListClustersRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListClustersRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListClustersRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListClustersRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListClustersRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListClustersResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListClusters>(&self.request).await
    }
}
