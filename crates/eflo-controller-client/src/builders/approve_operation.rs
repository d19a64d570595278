// @generated from spec/eflo-controller/2022-12-15/actions/ApproveOperation.json by `cargo xtask codegen`; do not edit.
//! The builder of `ApproveOperation`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::approve_operation::{
    ApproveOperation, ApproveOperationRequest, ApproveOperationResponse,
};

/// Builds and sends `ApproveOperation`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ApproveOperationBuilder {
    client: sdk_runtime::ServiceClient,
    request: ApproveOperationRequest,
}

impl ApproveOperationBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ApproveOperationRequest::default(),
        }
    }

    /// Sets [`NodeId`](ApproveOperationRequest::node_id): The node ID.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](ApproveOperationRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// Sets [`OperationType`](ApproveOperationRequest::operation_type): The O&M operation type.
    pub fn operation_type(mut self, value: impl Into<String>) -> Self {
        self.request.operation_type = Some(value.into());
        self
    }

    /// Sets or clears [`OperationType`](ApproveOperationRequest::operation_type): `None` leaves it out.
    pub fn set_operation_type(mut self, value: Option<String>) -> Self {
        self.request.operation_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ApproveOperationRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ApproveOperationRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ApproveOperationResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ApproveOperation>(&self.request).await
    }
}
