// @generated from spec/eflo-controller/2022-12-15/actions/ListClusterNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListClusterNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_cluster_nodes::{
    ListClusterNodes, ListClusterNodesRequest, ListClusterNodesResponse,
};

/// Builds and sends `ListClusterNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListClusterNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListClusterNodesRequest,
}

impl ListClusterNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListClusterNodesRequest::default(),
        }
    }

    /// Sets [`Tags`](ListClusterNodesRequest::tags): The tag information.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](ListClusterNodesRequest::tags): `None` leaves it out.
    pub fn set_tags(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`ClusterId`](ListClusterNodesRequest::cluster_id): The cluster ID.
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListClusterNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`MaxResults`](ListClusterNodesRequest::max_results): The number of entries per page in a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListClusterNodesRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListClusterNodesRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListClusterNodesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeGroupId`](ListClusterNodesRequest::node_group_id): The node group ID.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](ListClusterNodesRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// Sets [`OperatingStates`](ListClusterNodesRequest::operating_states): The list of node states.
    pub fn operating_states(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.operating_states = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`OperatingStates`](ListClusterNodesRequest::operating_states): `None` leaves it out.
    pub fn set_operating_states(mut self, value: Option<Vec<String>>) -> Self {
        self.request.operating_states = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListClusterNodesRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListClusterNodesRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListClusterNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListClusterNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListClusterNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListClusterNodes>(&self.request).await
    }
}
