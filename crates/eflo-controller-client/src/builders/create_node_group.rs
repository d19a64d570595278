// @generated from spec/eflo-controller/2022-12-15/actions/CreateNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateNodeGroup`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::create_node_group::{
    CreateNodeGroup, CreateNodeGroupRequest, CreateNodeGroupResponse,
};

/// Builds and sends `CreateNodeGroup`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateNodeGroupBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateNodeGroupRequest,
}

impl CreateNodeGroupBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateNodeGroupRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateNodeGroupRequest::cluster_id): The cluster ID.
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateNodeGroupRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodeGroup`](CreateNodeGroupRequest::node_group): The node ID.
    ///
    /// Required.
    pub fn node_group(
        mut self,
        value: impl Into<eflo_controller_model::types::NodeGroup>,
    ) -> Self {
        self.request.node_group = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroup`](CreateNodeGroupRequest::node_group): `None` leaves it out.
    pub fn set_node_group(
        mut self,
        value: Option<eflo_controller_model::types::NodeGroup>,
    ) -> Self {
        self.request.node_group = value;
        self
    }

    /// Sets [`NodeUnit`](CreateNodeGroupRequest::node_unit): The node information.
    pub fn node_unit(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.node_unit = Some(value.into());
        self
    }

    /// Sets or clears [`NodeUnit`](CreateNodeGroupRequest::node_unit): `None` leaves it out.
    pub fn set_node_unit(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.node_unit = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateNodeGroupRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateNodeGroupRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateNodeGroupResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateNodeGroup>(&self.request).await
    }
}
