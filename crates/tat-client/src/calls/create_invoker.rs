// @generated from spec/tat/2020-10-28/actions/CreateInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateInvoker`.

use tat_model::{CreateInvokerRequest, CreateInvokerResponse, CreateInvokerErrorCode};

/// Builds and sends `CreateInvoker`: This API is used to create an invoker.
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateInvokerBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateInvokerRequest,
}

impl CreateInvokerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateInvokerRequest::default(),
        }
    }

    /// Sets `Name`: Invoker name.
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets `Type`: Invoker type. It can only be SCHEDULE (recurring invokers).
    ///
    /// Required.
    pub fn r#type(mut self, value: impl Into<tat_model::InvokerType>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets `CommandId`: Remote command ID.
    ///
    /// Required.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets `InstanceIds`: ID of the instance bound to the trigger. Up to 100 IDs are allowed.
    ///
    /// Required.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets `Username`: The user who executes the command.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets `Parameters`: Custom parameters of the command.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets `ScheduleSettings`: Settings required for a recurring invoker.
    pub fn schedule_settings(
        mut self,
        value: impl Into<tat_model::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = Some(value.into());
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateInvokerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateInvokerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with a `CreateInvokerErrorCode` from the service; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateInvokerResponse, sdk_runtime::SdkError<CreateInvokerErrorCode>> {
        self.client.send::<tat_model::CreateInvoker>(&self.request).await
    }
}
