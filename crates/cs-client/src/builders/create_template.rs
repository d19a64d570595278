// @generated from spec/cs/2015-12-15/actions/CreateTemplate.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateTemplate`.

use cs_model::ErrorCode;
use cs_model::actions::create_template::{
    CreateTemplate, CreateTemplateRequest, CreateTemplateResponse,
};

/// Builds and sends `CreateTemplate`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateTemplateBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateTemplateRequest,
}

impl CreateTemplateBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateTemplateRequest::default(),
        }
    }

    /// Sets [`description`](CreateTemplateRequest::description): The description of the orchestration template.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`description`](CreateTemplateRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`name`](CreateTemplateRequest::name): The name of the template.
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](CreateTemplateRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`tags`](CreateTemplateRequest::tags): The tags of the orchestration template.
    pub fn tags(mut self, value: impl Into<String>) -> Self {
        self.request.tags = Some(value.into());
        self
    }

    /// Sets or clears [`tags`](CreateTemplateRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<String>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`template`](CreateTemplateRequest::template): The content of the template in YAML format.
    ///
    /// Required.
    pub fn template(mut self, value: impl Into<String>) -> Self {
        self.request.template = Some(value.into());
        self
    }

    /// Sets or clears [`template`](CreateTemplateRequest::template): `None` leaves it out.
    pub fn set_template(mut self, value: Option<String>) -> Self {
        self.request.template = value;
        self
    }

    /// Sets [`template_type`](CreateTemplateRequest::template_type): The templatetype.
    pub fn template_type(mut self, value: impl Into<String>) -> Self {
        self.request.template_type = Some(value.into());
        self
    }

    /// Sets or clears [`template_type`](CreateTemplateRequest::template_type): `None` leaves it out.
    pub fn set_template_type(mut self, value: Option<String>) -> Self {
        self.request.template_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateTemplateRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateTemplateRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateTemplateResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateTemplate>(&self.request).await
    }
}
