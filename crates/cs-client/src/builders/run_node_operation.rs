// @generated from spec/cs/2015-12-15/actions/RunNodeOperation.json by `cargo xtask codegen`; do not edit.
//! The builder of `RunNodeOperation`.

use cs_model::ErrorCode;
use cs_model::actions::run_node_operation::{
    RunNodeOperation, RunNodeOperationRequest, RunNodeOperationResponse,
};

/// Builds and sends `RunNodeOperation`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RunNodeOperationBuilder {
    client: sdk_runtime::ServiceClient,
    request: RunNodeOperationRequest,
}

impl RunNodeOperationBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RunNodeOperationRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RunNodeOperationRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RunNodeOperationRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](RunNodeOperationRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](RunNodeOperationRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`NodeName`](RunNodeOperationRequest::node_name).
    ///
    /// Required.
    pub fn node_name(mut self, value: impl Into<String>) -> Self {
        self.request.node_name = Some(value.into());
        self
    }

    /// Sets or clears [`NodeName`](RunNodeOperationRequest::node_name): `None` leaves it out.
    pub fn set_node_name(mut self, value: Option<String>) -> Self {
        self.request.node_name = value;
        self
    }

    /// Sets [`operationAction`](RunNodeOperationRequest::operation_action): The name of the O&M action to execute.
    ///
    /// Required.
    pub fn operation_action(mut self, value: impl Into<String>) -> Self {
        self.request.operation_action = Some(value.into());
        self
    }

    /// Sets or clears [`operationAction`](RunNodeOperationRequest::operation_action): `None` leaves it out.
    pub fn set_operation_action(mut self, value: Option<String>) -> Self {
        self.request.operation_action = value;
        self
    }

    /// Sets [`operationArgs`](RunNodeOperationRequest::operation_args): The list of parameters for the O&M action.
    pub fn operation_args(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.operation_args = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`operationArgs`](RunNodeOperationRequest::operation_args): `None` leaves it out.
    pub fn set_operation_args(mut self, value: Option<Vec<String>>) -> Self {
        self.request.operation_args = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RunNodeOperationRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RunNodeOperationRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RunNodeOperationResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RunNodeOperation>(&self.request).await
    }
}
