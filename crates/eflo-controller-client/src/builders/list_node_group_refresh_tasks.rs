// @generated from spec/eflo-controller/2022-12-15/actions/ListNodeGroupRefreshTasks.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListNodeGroupRefreshTasks`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_node_group_refresh_tasks::{
    ListNodeGroupRefreshTasks, ListNodeGroupRefreshTasksRequest,
    ListNodeGroupRefreshTasksResponse,
};

/// Builds and sends `ListNodeGroupRefreshTasks`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListNodeGroupRefreshTasksBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListNodeGroupRefreshTasksRequest,
}

impl ListNodeGroupRefreshTasksBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListNodeGroupRefreshTasksRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListNodeGroupRefreshTasksRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListNodeGroupRefreshTasksRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`MaxResults`](ListNodeGroupRefreshTasksRequest::max_results): The maximum number of entries per page for paging.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListNodeGroupRefreshTasksRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListNodeGroupRefreshTasksRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListNodeGroupRefreshTasksRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeGroupId`](ListNodeGroupRefreshTasksRequest::node_group_id): The node group ID.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](ListNodeGroupRefreshTasksRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// Sets [`Statuses`](ListNodeGroupRefreshTasksRequest::statuses): The list of task statuses.
    pub fn statuses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.statuses = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Statuses`](ListNodeGroupRefreshTasksRequest::statuses): `None` leaves it out.
    pub fn set_statuses(mut self, value: Option<Vec<String>>) -> Self {
        self.request.statuses = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListNodeGroupRefreshTasksRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListNodeGroupRefreshTasksRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListNodeGroupRefreshTasksResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListNodeGroupRefreshTasks>(&self.request).await
    }
}
