// @generated from spec/eflo-controller/2022-12-15/actions/DeleteHyperNode.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteHyperNode`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::delete_hyper_node::{
    DeleteHyperNode, DeleteHyperNodeRequest, DeleteHyperNodeResponse,
};

/// Builds and sends `DeleteHyperNode`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteHyperNodeBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteHyperNodeRequest,
}

impl DeleteHyperNodeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteHyperNodeRequest::default(),
        }
    }

    /// Sets [`HyperNodeId`](DeleteHyperNodeRequest::hyper_node_id): The hyper node ID.
    ///
    /// Required.
    pub fn hyper_node_id(mut self, value: impl Into<String>) -> Self {
        self.request.hyper_node_id = Some(value.into());
        self
    }

    /// Sets or clears [`HyperNodeId`](DeleteHyperNodeRequest::hyper_node_id): `None` leaves it out.
    pub fn set_hyper_node_id(mut self, value: Option<String>) -> Self {
        self.request.hyper_node_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteHyperNodeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteHyperNodeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteHyperNodeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteHyperNode>(&self.request).await
    }
}
