// @generated from spec/eflo-controller/2022-12-15/actions/CloseSession.json by `cargo xtask codegen`; do not edit.
//! The builder of `CloseSession`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::close_session::{
    CloseSession, CloseSessionRequest, CloseSessionResponse,
};

/// Builds and sends `CloseSession`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CloseSessionBuilder {
    client: sdk_runtime::ServiceClient,
    request: CloseSessionRequest,
}

impl CloseSessionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CloseSessionRequest::default(),
        }
    }

    /// Sets [`SessionId`](CloseSessionRequest::session_id): The session ID.
    pub fn session_id(mut self, value: impl Into<String>) -> Self {
        self.request.session_id = Some(value.into());
        self
    }

    /// Sets or clears [`SessionId`](CloseSessionRequest::session_id): `None` leaves it out.
    pub fn set_session_id(mut self, value: Option<String>) -> Self {
        self.request.session_id = value;
        self
    }

    /// Sets [`SessionToken`](CloseSessionRequest::session_token): Session token.
    pub fn session_token(mut self, value: impl Into<String>) -> Self {
        self.request.session_token = Some(value.into());
        self
    }

    /// Sets or clears [`SessionToken`](CloseSessionRequest::session_token): `None` leaves it out.
    pub fn set_session_token(mut self, value: Option<String>) -> Self {
        self.request.session_token = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CloseSessionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CloseSessionRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CloseSessionResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CloseSession>(&self.request).await
    }
}
