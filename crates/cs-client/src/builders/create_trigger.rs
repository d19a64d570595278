// @generated from spec/cs/2015-12-15/actions/CreateTrigger.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateTrigger`.

use cs_model::ErrorCode;
use cs_model::actions::create_trigger::{
    CreateTrigger, CreateTriggerRequest, CreateTriggerResponse,
};

/// Builds and sends `CreateTrigger`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateTriggerBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateTriggerRequest,
}

impl CreateTriggerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateTriggerRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateTriggerRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateTriggerRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`action`](CreateTriggerRequest::action): The action of the trigger.
    ///
    /// Required.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.request.action = Some(value.into());
        self
    }

    /// Sets or clears [`action`](CreateTriggerRequest::action): `None` leaves it out.
    pub fn set_action(mut self, value: Option<String>) -> Self {
        self.request.action = value;
        self
    }

    /// Sets [`cluster_id`](CreateTriggerRequest::cluster_id_2): The cluster ID.
    ///
    /// Required.
    pub fn cluster_id_2(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id_2 = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](CreateTriggerRequest::cluster_id_2): `None` leaves it out.
    pub fn set_cluster_id_2(mut self, value: Option<String>) -> Self {
        self.request.cluster_id_2 = value;
        self
    }

    /// Sets [`project_id`](CreateTriggerRequest::project_id): The project name of the trigger.
    ///
    /// Required.
    pub fn project_id(mut self, value: impl Into<String>) -> Self {
        self.request.project_id = Some(value.into());
        self
    }

    /// Sets or clears [`project_id`](CreateTriggerRequest::project_id): `None` leaves it out.
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
    pub fn request(&self) -> &CreateTriggerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateTriggerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateTriggerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateTrigger>(&self.request).await
    }
}
