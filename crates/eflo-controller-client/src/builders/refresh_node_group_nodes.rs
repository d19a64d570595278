// @generated from spec/eflo-controller/2022-12-15/actions/RefreshNodeGroupNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `RefreshNodeGroupNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::refresh_node_group_nodes::{
    RefreshNodeGroupNodes, RefreshNodeGroupNodesRequest, RefreshNodeGroupNodesResponse,
};

/// Builds and sends `RefreshNodeGroupNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RefreshNodeGroupNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: RefreshNodeGroupNodesRequest,
}

impl RefreshNodeGroupNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RefreshNodeGroupNodesRequest::default(),
        }
    }

    /// Sets [`MaxDisruptiveAction`](RefreshNodeGroupNodesRequest::max_disruptive_action): The maximum disruptive action level allowed for the refresh operation.
    pub fn max_disruptive_action(mut self, value: impl Into<String>) -> Self {
        self.request.max_disruptive_action = Some(value.into());
        self
    }

    /// Sets or clears [`MaxDisruptiveAction`](RefreshNodeGroupNodesRequest::max_disruptive_action): `None` leaves it out.
    pub fn set_max_disruptive_action(mut self, value: Option<String>) -> Self {
        self.request.max_disruptive_action = value;
        self
    }

    /// Sets [`NodeGroupId`](RefreshNodeGroupNodesRequest::node_group_id): The node group ID.
    ///
    /// Required.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](RefreshNodeGroupNodesRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// Sets [`NodeIds`](RefreshNodeGroupNodesRequest::node_ids): The filter scope for node refresh.
    pub fn node_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIds`](RefreshNodeGroupNodesRequest::node_ids): `None` leaves it out.
    pub fn set_node_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RefreshNodeGroupNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RefreshNodeGroupNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RefreshNodeGroupNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RefreshNodeGroupNodes>(&self.request).await
    }
}
