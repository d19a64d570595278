// @generated from spec/cs/2015-12-15/actions/DeleteTrigger.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteTrigger`.

use cs_model::ErrorCode;
use cs_model::actions::delete_trigger::{
    DeleteTrigger, DeleteTriggerRequest, DeleteTriggerResponse,
};

/// Builds and sends `DeleteTrigger`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteTriggerBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteTriggerRequest,
}

impl DeleteTriggerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteTriggerRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteTriggerRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteTriggerRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`Id`](DeleteTriggerRequest::id).
    ///
    /// Required.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.request.id = Some(value.into());
        self
    }

    /// Sets or clears [`Id`](DeleteTriggerRequest::id): `None` leaves it out.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.request.id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteTriggerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteTriggerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteTriggerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteTrigger>(&self.request).await
    }
}
