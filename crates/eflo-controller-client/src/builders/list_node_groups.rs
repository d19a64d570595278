// @generated from spec/eflo-controller/2022-12-15/actions/ListNodeGroups.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListNodeGroups`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_node_groups::{
    ListNodeGroups, ListNodeGroupsRequest, ListNodeGroupsResponse,
};

/// Builds and sends `ListNodeGroups`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListNodeGroupsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListNodeGroupsRequest,
}

impl ListNodeGroupsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListNodeGroupsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListNodeGroupsRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListNodeGroupsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`MaxResults`](ListNodeGroupsRequest::max_results): The number of entries per page for a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListNodeGroupsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListNodeGroupsRequest::next_token): The NextToken for the next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListNodeGroupsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeGroupId`](ListNodeGroupsRequest::node_group_id): The node group ID.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](ListNodeGroupsRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListNodeGroupsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListNodeGroupsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListNodeGroupsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListNodeGroups>(&self.request).await
    }
}
