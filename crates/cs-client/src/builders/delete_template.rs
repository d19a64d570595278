// @generated from spec/cs/2015-12-15/actions/DeleteTemplate.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteTemplate`.

use cs_model::ErrorCode;
use cs_model::actions::delete_template::{
    DeleteTemplate, DeleteTemplateRequest, DeleteTemplateResponse,
};

/// Builds and sends `DeleteTemplate`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteTemplateBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteTemplateRequest,
}

impl DeleteTemplateBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteTemplateRequest::default(),
        }
    }

    /// Sets [`TemplateId`](DeleteTemplateRequest::template_id).
    ///
    /// Required.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.request.template_id = Some(value.into());
        self
    }

    /// Sets or clears [`TemplateId`](DeleteTemplateRequest::template_id): `None` leaves it out.
    pub fn set_template_id(mut self, value: Option<String>) -> Self {
        self.request.template_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteTemplateRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteTemplateRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteTemplateResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteTemplate>(&self.request).await
    }
}
