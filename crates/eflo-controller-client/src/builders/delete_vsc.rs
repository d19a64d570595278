// @generated from spec/eflo-controller/2022-12-15/actions/DeleteVsc.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteVsc`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::delete_vsc::{
    DeleteVsc, DeleteVscRequest, DeleteVscResponse,
};

/// Builds and sends `DeleteVsc`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteVscBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteVscRequest,
}

impl DeleteVscBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteVscRequest::default(),
        }
    }

    /// Sets [`ClientToken`](DeleteVscRequest::client_token): The client token that is used to ensure the idempotence of the request.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.request.client_token = Some(value.into());
        self
    }

    /// Sets or clears [`ClientToken`](DeleteVscRequest::client_token): `None` leaves it out.
    pub fn set_client_token(mut self, value: Option<String>) -> Self {
        self.request.client_token = value;
        self
    }

    /// Sets [`VscId`](DeleteVscRequest::vsc_id): The ID of the VSC to delete.
    ///
    /// Required.
    pub fn vsc_id(mut self, value: impl Into<String>) -> Self {
        self.request.vsc_id = Some(value.into());
        self
    }

    /// Sets or clears [`VscId`](DeleteVscRequest::vsc_id): `None` leaves it out.
    pub fn set_vsc_id(mut self, value: Option<String>) -> Self {
        self.request.vsc_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteVscRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteVscRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteVscResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteVsc>(&self.request).await
    }
}
