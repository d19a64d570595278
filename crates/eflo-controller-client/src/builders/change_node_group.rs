// @generated from spec/eflo-controller/2022-12-15/actions/ChangeNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The builder of `ChangeNodeGroup`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::change_node_group::{
    ChangeNodeGroup, ChangeNodeGroupRequest, ChangeNodeGroupResponse,
};

/// Builds and sends `ChangeNodeGroup`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ChangeNodeGroupBuilder {
    client: sdk_runtime::ServiceClient,
    request: ChangeNodeGroupRequest,
}

impl ChangeNodeGroupBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ChangeNodeGroupRequest::default(),
        }
    }

    /// Sets [`IgnoreFailedNodeTasks`](ChangeNodeGroupRequest::ignore_failed_node_tasks): Specifies whether to skip failed nodes.
    pub fn ignore_failed_node_tasks(mut self, value: bool) -> Self {
        self.request.ignore_failed_node_tasks = Some(value);
        self
    }

    /// Sets or clears [`IgnoreFailedNodeTasks`](ChangeNodeGroupRequest::ignore_failed_node_tasks): `None` leaves it out.
    pub fn set_ignore_failed_node_tasks(mut self, value: Option<bool>) -> Self {
        self.request.ignore_failed_node_tasks = value;
        self
    }

    /// Sets [`TargetNodeGroupId`](ChangeNodeGroupRequest::target_node_group_id): The ID of the target node group.
    pub fn target_node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.target_node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`TargetNodeGroupId`](ChangeNodeGroupRequest::target_node_group_id): `None` leaves it out.
    pub fn set_target_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.target_node_group_id = value;
        self
    }

    /// Sets [`Nodes`](ChangeNodeGroupRequest::nodes): The node information.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Nodes`](ChangeNodeGroupRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ChangeNodeGroupRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ChangeNodeGroupRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ChangeNodeGroupResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ChangeNodeGroup>(&self.request).await
    }
}
