// @generated from spec/eflo-controller/2022-12-15/actions/StopInvocation.json by `cargo xtask codegen`; do not edit.
//! The builder of `StopInvocation`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::stop_invocation::{
    StopInvocation, StopInvocationRequest, StopInvocationResponse,
};

/// Builds and sends `StopInvocation`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct StopInvocationBuilder {
    client: sdk_runtime::ServiceClient,
    request: StopInvocationRequest,
}

impl StopInvocationBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: StopInvocationRequest::default(),
        }
    }

    /// Sets [`InvokeId`](StopInvocationRequest::invoke_id): The execution ID.
    ///
    /// Required.
    pub fn invoke_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoke_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvokeId`](StopInvocationRequest::invoke_id): `None` leaves it out.
    pub fn set_invoke_id(mut self, value: Option<String>) -> Self {
        self.request.invoke_id = value;
        self
    }

    /// Sets [`NodeIdList`](StopInvocationRequest::node_id_list): The nodes.
    pub fn node_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIdList`](StopInvocationRequest::node_id_list): `None` leaves it out.
    pub fn set_node_id_list(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_id_list = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &StopInvocationRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: StopInvocationRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<StopInvocationResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<StopInvocation>(&self.request).await
    }
}
