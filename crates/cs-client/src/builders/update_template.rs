// @generated from spec/cs/2015-12-15/actions/UpdateTemplate.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateTemplate`.

use cs_model::ErrorCode;
use cs_model::actions::update_template::{
    UpdateTemplate, UpdateTemplateRequest, UpdateTemplateResponse,
};

/// Builds and sends `UpdateTemplate`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateTemplateBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateTemplateRequest,
}

impl UpdateTemplateBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateTemplateRequest::default(),
        }
    }

    /// Sets [`TemplateId`](UpdateTemplateRequest::template_id).
    ///
    /// Required.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.request.template_id = Some(value.into());
        self
    }

    /// Sets or clears [`TemplateId`](UpdateTemplateRequest::template_id): `None` leaves it out.
    pub fn set_template_id(mut self, value: Option<String>) -> Self {
        self.request.template_id = value;
        self
    }

    /// Sets [`description`](UpdateTemplateRequest::description): The description of the orchestration template.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`description`](UpdateTemplateRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`name`](UpdateTemplateRequest::name): The name of the orchestration template.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](UpdateTemplateRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`tags`](UpdateTemplateRequest::tags): The tags of the orchestration template.
    pub fn tags(mut self, value: impl Into<String>) -> Self {
        self.request.tags = Some(value.into());
        self
    }

    /// Sets or clears [`tags`](UpdateTemplateRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<String>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`template`](UpdateTemplateRequest::template): The content of the template in YAML format.
    pub fn template(mut self, value: impl Into<String>) -> Self {
        self.request.template = Some(value.into());
        self
    }

    /// Sets or clears [`template`](UpdateTemplateRequest::template): `None` leaves it out.
    pub fn set_template(mut self, value: Option<String>) -> Self {
        self.request.template = value;
        self
    }

    /// Sets [`template_type`](UpdateTemplateRequest::template_type): The templatetype.
    pub fn template_type(mut self, value: impl Into<String>) -> Self {
        self.request.template_type = Some(value.into());
        self
    }

    /// Sets or clears [`template_type`](UpdateTemplateRequest::template_type): `None` leaves it out.
    pub fn set_template_type(mut self, value: Option<String>) -> Self {
        self.request.template_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateTemplateRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateTemplateRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateTemplateResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateTemplate>(&self.request).await
    }
}
