// @generated from spec/tat/2020-10-28/actions/ModifyInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyInvoker`.

use tat_model::ErrorCode;
use tat_model::actions::modify_invoker::{
    ModifyInvoker, ModifyInvokerRequest, ModifyInvokerResponse,
};

/// Builds and sends `ModifyInvoker`: This API is used to modify an invoker.
///
/// # Examples
///
/// Modifying an invoker (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .modify_invoker()
///     .invoker_id("ivk-b7s3qa5l")
///     .parameters("{\"var\": \"1\"}")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyInvokerBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyInvokerRequest,
}

impl ModifyInvokerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyInvokerRequest::default(),
        }
    }

    /// Sets [`InvokerId`](ModifyInvokerRequest::invoker_id): Executor ID to be modified.
    ///
    /// Required.
    pub fn invoker_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoker_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvokerId`](ModifyInvokerRequest::invoker_id): `None` leaves it out.
    pub fn set_invoker_id(mut self, value: Option<String>) -> Self {
        self.request.invoker_id = value;
        self
    }

    /// Sets [`Name`](ModifyInvokerRequest::name): Executor name to be modified.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](ModifyInvokerRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets `Type`: Executor type to be modified.
    pub fn r#type(mut self, value: impl Into<tat_model::types::InvokerType>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `Type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<tat_model::types::InvokerType>) -> Self {
        self.request.r#type = value;
        self
    }

    /// Sets [`CommandId`](ModifyInvokerRequest::command_id): Command ID to be modified.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](ModifyInvokerRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets [`Username`](ModifyInvokerRequest::username): Username to be modified.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](ModifyInvokerRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`Parameters`](ModifyInvokerRequest::parameters): Custom parameters to be modified.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`Parameters`](ModifyInvokerRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets [`InstanceIds`](ModifyInvokerRequest::instance_ids): List of instance ids to be modified.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](ModifyInvokerRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`ScheduleSettings`](ModifyInvokerRequest::schedule_settings): Recurring invoker settings to be modified.
    pub fn schedule_settings(
        mut self,
        value: impl Into<tat_model::types::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = Some(value.into());
        self
    }

    /// Sets or clears [`ScheduleSettings`](ModifyInvokerRequest::schedule_settings): `None` leaves it out.
    pub fn set_schedule_settings(
        mut self,
        value: Option<tat_model::types::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyInvokerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyInvokerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyInvokerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyInvoker>(&self.request).await
    }
}
