// @generated from spec/tat/2020-10-28/actions/CreateInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateInvoker`.

use tat_model::ErrorCode;
use tat_model::actions::create_invoker::{
    CreateInvoker, CreateInvokerRequest, CreateInvokerResponse,
};

/// Builds and sends `CreateInvoker`: This API is used to create an invoker.
///
/// # Examples
///
/// Creating a run-once invoker (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .create_invoker()
///     .name("test-invoker")
///     .command_id("cmd-m7uma92n")
///     .instance_ids(["ins-yx05ky8j"])
///     .r#type(tat_client::types::InvokerType::Schedule)
///     .schedule_settings(tat_client::types::ScheduleSettings::new(tat_client::types::SchedulePolicy::Once).with_invoke_time("2021-09-01T00:00:00+08:00"))
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
///
/// Creating an invoker that executes a command repeatedly (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .create_invoker()
///     .name("cron-invoker")
///     .command_id("cmd-m7uma92n")
///     .instance_ids(["ins-yx05ky8j"])
///     .r#type(tat_client::types::InvokerType::Schedule)
///     .schedule_settings(tat_client::types::ScheduleSettings::new(tat_client::types::SchedulePolicy::Recurrence).with_recurrence("0 0 1 * *"))
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
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

    /// Sets [`Name`](CreateInvokerRequest::name): Executor name.
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](CreateInvokerRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets `Type`: Executor type.
    ///
    /// Required.
    pub fn r#type(mut self, value: impl Into<tat_model::types::InvokerType>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `Type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<tat_model::types::InvokerType>) -> Self {
        self.request.r#type = value;
        self
    }

    /// Sets [`CommandId`](CreateInvokerRequest::command_id): Remote command ID.
    ///
    /// Required.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](CreateInvokerRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets [`InstanceIds`](CreateInvokerRequest::instance_ids): Trigger associated instance ID.
    ///
    /// Required.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](CreateInvokerRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`Username`](CreateInvokerRequest::username): Command execution user.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](CreateInvokerRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`Parameters`](CreateInvokerRequest::parameters): Command custom parameter.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`Parameters`](CreateInvokerRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets [`ScheduleSettings`](CreateInvokerRequest::schedule_settings): Recurring invoker settings.
    pub fn schedule_settings(
        mut self,
        value: impl Into<tat_model::types::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = Some(value.into());
        self
    }

    /// Sets or clears [`ScheduleSettings`](CreateInvokerRequest::schedule_settings): `None` leaves it out.
    pub fn set_schedule_settings(
        mut self,
        value: Option<tat_model::types::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = value;
        self
    }

    /// Sets [`Tags`](CreateInvokerRequest::tags): Tag associated with the command.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](CreateInvokerRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<tat_model::types::Tag>>) -> Self {
        self.request.tags = value;
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
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateInvokerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateInvoker>(&self.request).await
    }
}
