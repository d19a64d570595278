// @generated from spec/cs/2015-12-15/actions/DeleteKubernetesTrigger.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteKubernetesTrigger`.

use cs_model::ErrorCode;
use cs_model::actions::delete_kubernetes_trigger::{
    DeleteKubernetesTrigger, DeleteKubernetesTriggerRequest,
    DeleteKubernetesTriggerResponse,
};

/// Builds and sends `DeleteKubernetesTrigger`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteKubernetesTriggerBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteKubernetesTriggerRequest,
}

impl DeleteKubernetesTriggerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteKubernetesTriggerRequest::default(),
        }
    }

    /// Sets [`Id`](DeleteKubernetesTriggerRequest::id).
    ///
    /// Required.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.request.id = Some(value.into());
        self
    }

    /// Sets or clears [`Id`](DeleteKubernetesTriggerRequest::id): `None` leaves it out.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.request.id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteKubernetesTriggerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteKubernetesTriggerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteKubernetesTriggerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteKubernetesTrigger>(&self.request).await
    }
}
