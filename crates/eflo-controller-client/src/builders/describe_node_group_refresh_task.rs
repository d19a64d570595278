// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNodeGroupRefreshTask.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeNodeGroupRefreshTask`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_node_group_refresh_task::{
    DescribeNodeGroupRefreshTask, DescribeNodeGroupRefreshTaskRequest,
    DescribeNodeGroupRefreshTaskResponse,
};

/// Builds and sends `DescribeNodeGroupRefreshTask`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeNodeGroupRefreshTaskBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeNodeGroupRefreshTaskRequest,
}

impl DescribeNodeGroupRefreshTaskBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeNodeGroupRefreshTaskRequest::default(),
        }
    }

    /// Sets [`MaxResults`](DescribeNodeGroupRefreshTaskRequest::max_results): The maximum number of entries per page for a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](DescribeNodeGroupRefreshTaskRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](DescribeNodeGroupRefreshTaskRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](DescribeNodeGroupRefreshTaskRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeGroupRefreshTaskId`](DescribeNodeGroupRefreshTaskRequest::node_group_refresh_task_id): The ID of the node group configuration refresh task.
    ///
    /// Required.
    pub fn node_group_refresh_task_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_refresh_task_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupRefreshTaskId`](DescribeNodeGroupRefreshTaskRequest::node_group_refresh_task_id): `None` leaves it out.
    pub fn set_node_group_refresh_task_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_refresh_task_id = value;
        self
    }

    /// Sets [`NodeStatuses`](DescribeNodeGroupRefreshTaskRequest::node_statuses): The node refresh statuses to filter by:.
    pub fn node_statuses(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_statuses = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeStatuses`](DescribeNodeGroupRefreshTaskRequest::node_statuses): `None` leaves it out.
    pub fn set_node_statuses(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_statuses = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeNodeGroupRefreshTaskRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeNodeGroupRefreshTaskRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeNodeGroupRefreshTaskResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeNodeGroupRefreshTask>(&self.request).await
    }
}
