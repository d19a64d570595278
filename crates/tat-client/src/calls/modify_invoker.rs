// @generated from spec/tat/2020-10-28/actions/ModifyInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyInvoker`.

use tat_model::{ErrorCode, ModifyInvokerRequest, ModifyInvokerResponse};

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

    /// Sets `InvokerId`: Executor ID to be modified. Call the DescribeInvokers api to query execution.
    ///
    /// Required.
    pub fn invoker_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoker_id = Some(value.into());
        self
    }

    /// Sets or clears `InvokerId` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_invoker_id(mut self, value: Option<String>) -> Self {
        self.request.invoker_id = value;
        self
    }

    /// Sets `Name`: Executor name to be modified. length not exceeding 120 characters.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears `Name` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets `Type`: Executor type to be modified. Selectable values (currently only support one):. -SCHEDULE: period type executor.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `Type` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.request.r#type = value;
        self
    }

    /// Sets `CommandId`: Command ID to be modified. Call the DescribeCommands api to query command details.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears `CommandId` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets `Username`: Username to be modified. length not exceeding 256 characters.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears `Username` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets `Parameters`: Custom parameters to be modified. field type is JSON encode string. This parameter can be set only when EnableParameter of the command specified by CommandId is true. obtain the EnableParameter settings through the DescribeCommands (query command details) api.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears `Parameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets `InstanceIds`: List of instance ids to be modified. list length limit 100. You can get the instance ID through the query instance interface of corresponding cloud services. currently supports instance types: CVM, Lighthouse, and TAT managed instances. The instance needs to have the TAT client installed, and the client must be in Online status. you can query client status via the DescribeAutomationAgentStatus api.
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

    /// Sets `ScheduleSettings`: Recurring invoker settings to be modified. Change the executor type to SCHEDULE and specify this parameter.
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
        self.client.send::<tat_model::ModifyInvoker>(&self.request).await
    }
}
