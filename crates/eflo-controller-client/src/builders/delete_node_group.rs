// @generated from spec/eflo-controller/2022-12-15/actions/DeleteNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteNodeGroup`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::delete_node_group::{
    DeleteNodeGroup, DeleteNodeGroupRequest, DeleteNodeGroupResponse,
};

/// Builds and sends `DeleteNodeGroup`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteNodeGroupBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteNodeGroupRequest,
}

impl DeleteNodeGroupBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteNodeGroupRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteNodeGroupRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteNodeGroupRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodeGroupId`](DeleteNodeGroupRequest::node_group_id): The node group ID.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](DeleteNodeGroupRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteNodeGroupRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteNodeGroupRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteNodeGroupResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteNodeGroup>(&self.request).await
    }
}
