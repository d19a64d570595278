// @generated from spec/eflo-controller/2022-12-15/actions/CreateSession.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateSession`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::create_session::{
    CreateSession, CreateSessionRequest, CreateSessionResponse,
};

/// Builds and sends `CreateSession`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateSessionBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateSessionRequest,
}

impl CreateSessionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateSessionRequest::default(),
        }
    }

    /// Sets [`NodeId`](CreateSessionRequest::node_id): The instance ID.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](CreateSessionRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// Sets [`SessionType`](CreateSessionRequest::session_type): The type of the session corresponding to the session package.
    pub fn session_type(mut self, value: impl Into<String>) -> Self {
        self.request.session_type = Some(value.into());
        self
    }

    /// Sets or clears [`SessionType`](CreateSessionRequest::session_type): `None` leaves it out.
    pub fn set_session_type(mut self, value: Option<String>) -> Self {
        self.request.session_type = value;
        self
    }

    /// Sets [`StartTime`](CreateSessionRequest::start_time): The start time.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.request.start_time = Some(value.into());
        self
    }

    /// Sets or clears [`StartTime`](CreateSessionRequest::start_time): `None` leaves it out.
    pub fn set_start_time(mut self, value: Option<String>) -> Self {
        self.request.start_time = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateSessionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateSessionRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateSessionResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateSession>(&self.request).await
    }
}
