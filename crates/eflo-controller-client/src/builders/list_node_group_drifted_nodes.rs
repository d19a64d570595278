// @generated from spec/eflo-controller/2022-12-15/actions/ListNodeGroupDriftedNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListNodeGroupDriftedNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_node_group_drifted_nodes::{
    ListNodeGroupDriftedNodes, ListNodeGroupDriftedNodesRequest,
    ListNodeGroupDriftedNodesResponse,
};

/// Builds and sends `ListNodeGroupDriftedNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListNodeGroupDriftedNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListNodeGroupDriftedNodesRequest,
}

impl ListNodeGroupDriftedNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListNodeGroupDriftedNodesRequest::default(),
        }
    }

    /// Sets [`MaxResults`](ListNodeGroupDriftedNodesRequest::max_results): The maximum number of entries per page in a paging query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListNodeGroupDriftedNodesRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListNodeGroupDriftedNodesRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListNodeGroupDriftedNodesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeGroupId`](ListNodeGroupDriftedNodesRequest::node_group_id): The node group ID.
    ///
    /// Required.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](ListNodeGroupDriftedNodesRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// Sets [`NodeIds`](ListNodeGroupDriftedNodesRequest::node_ids): Limits the check scope.
    pub fn node_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIds`](ListNodeGroupDriftedNodesRequest::node_ids): `None` leaves it out.
    pub fn set_node_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListNodeGroupDriftedNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListNodeGroupDriftedNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListNodeGroupDriftedNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListNodeGroupDriftedNodes>(&self.request).await
    }
}
