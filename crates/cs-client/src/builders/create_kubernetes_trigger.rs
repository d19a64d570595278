// @generated from spec/cs/2015-12-15/actions/CreateKubernetesTrigger.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateKubernetesTrigger`.

use cs_model::ErrorCode;
use cs_model::actions::create_kubernetes_trigger::{
    CreateKubernetesTrigger, CreateKubernetesTriggerRequest,
    CreateKubernetesTriggerResponse,
};

/// Builds and sends `CreateKubernetesTrigger`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateKubernetesTriggerBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateKubernetesTriggerRequest,
}

impl CreateKubernetesTriggerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateKubernetesTriggerRequest::default(),
        }
    }

    /// Sets [`action`](CreateKubernetesTriggerRequest::action): The action of the trigger.
    ///
    /// Required.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.request.action = Some(value.into());
        self
    }

    /// Sets or clears [`action`](CreateKubernetesTriggerRequest::action): `None` leaves it out.
    pub fn set_action(mut self, value: Option<String>) -> Self {
        self.request.action = value;
        self
    }

    /// Sets [`cluster_id`](CreateKubernetesTriggerRequest::cluster_id): The cluster ID.
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](CreateKubernetesTriggerRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`project_id`](CreateKubernetesTriggerRequest::project_id): The project name of the trigger.
    ///
    /// Required.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.request.project_id = Some(value.into());
        self
    }

    /// Sets or clears [`project_id`](CreateKubernetesTriggerRequest::project_id): `None` leaves it out.
    pub fn set_project_id(mut self, value: Option<String>) -> Self {
        self.request.project_id = value;
        self
    }

    /// Sets `type`: The type of the trigger.
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
    pub fn request(&self) -> &CreateKubernetesTriggerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateKubernetesTriggerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateKubernetesTriggerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateKubernetesTrigger>(&self.request).await
    }
}
