// @generated from spec/tat/2020-10-28/actions/CreateInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateInvoker`.

use tat_model::{ErrorCode, CreateInvokerRequest, CreateInvokerResponse};

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
///     .r#type(tat_client::InvokerType::Schedule)
///     .schedule_settings(tat_client::ScheduleSettings::new(tat_client::SchedulePolicy::Once).with_invoke_time("2021-09-01T00:00:00+08:00"))
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
///     .r#type(tat_client::InvokerType::Schedule)
///     .schedule_settings(tat_client::ScheduleSettings::new(tat_client::SchedulePolicy::Recurrence).with_recurrence("0 0 1 * *"))
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

    /// Sets `Name`: Executor name. length not exceeding 120 characters.
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears `Name` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets `Type`: Executor type. Selectable values (currently only support one):. -SCHEDULE: period type executor.
    ///
    /// Required.
    pub fn r#type(mut self, value: impl Into<tat_model::InvokerType>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `Type` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_type(mut self, value: Option<tat_model::InvokerType>) -> Self {
        self.request.r#type = value;
        self
    }

    /// Sets `CommandId`: Remote command ID. Call the DescribeCommands api to query command details.
    ///
    /// Required.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears `CommandId` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets `InstanceIds`: Trigger associated instance ID. list cap 100. You can get the instance ID through the query instance interface of corresponding cloud services. currently supports instance types: CVM, Lighthouse, and TAT managed instances. The instance needs to have the TAT client installed, and the client must be in Online status. you can query client status via the DescribeAutomationAgentStatus api.
    ///
    /// Required.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `InstanceIds` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets `Username`: Command execution user. length not exceeding 256 characters.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears `Username` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets `Parameters`: Command custom parameter. field type is JSON encode string. This parameter can be set only when EnableParameter of the command specified by CommandId is true. obtain the EnableParameter settings through the DescribeCommands (query command details) api.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears `Parameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets `ScheduleSettings`: Recurring invoker settings. When the executor type is SCHEDULE, specify this parameter.
    pub fn schedule_settings(
        mut self,
        value: impl Into<tat_model::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = Some(value.into());
        self
    }

    /// Sets or clears `ScheduleSettings` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_schedule_settings(
        mut self,
        value: Option<tat_model::ScheduleSettings>,
    ) -> Self {
        self.request.schedule_settings = value;
        self
    }

    /// Sets `Tags`: Tag associated with the command. list length not exceeding 10.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `Tags` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_tags(mut self, value: Option<Vec<tat_model::Tag>>) -> Self {
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
        self.client.send::<tat_model::CreateInvoker>(&self.request).await
    }
}
