// @generated from spec/cs/2015-12-15/actions/OpenAckService.json by `cargo xtask codegen`; do not edit.
//! The builder of `OpenAckService`.

use cs_model::ErrorCode;
use cs_model::actions::open_ack_service::{
    OpenAckService, OpenAckServiceRequest, OpenAckServiceResponse,
};

/// Builds and sends `OpenAckService`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct OpenAckServiceBuilder {
    client: sdk_runtime::ServiceClient,
    request: OpenAckServiceRequest,
}

impl OpenAckServiceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: OpenAckServiceRequest::default(),
        }
    }

    /// Sets `type`: The type of the service to activate.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.request.r#type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &OpenAckServiceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: OpenAckServiceRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<OpenAckServiceResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<OpenAckService>(&self.request).await
    }
}
