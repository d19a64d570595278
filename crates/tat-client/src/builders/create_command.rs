// @generated from spec/tat/2020-10-28/actions/CreateCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateCommand`.

use tat_model::ErrorCode;
use tat_model::actions::create_command::{
    CreateCommand, CreateCommandRequest, CreateCommandResponse,
};

/// Builds and sends `CreateCommand`: This API is used to create a command.
///
/// # Examples
///
/// Create Command (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .create_command()
///     .command_name("hello-command")
///     .description("hello world")
///     .content("bHM=")
///     .command_type(tat_client::types::CommandType::Shell)
///     .working_directory("/tmp")
///     .timeout(60)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateCommandBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateCommandRequest,
}

impl CreateCommandBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateCommandRequest::default(),
        }
    }

    /// Sets [`CommandName`](CreateCommandRequest::command_name): Command name.
    ///
    /// Required.
    pub fn command_name(mut self, value: impl Into<String>) -> Self {
        self.request.command_name = Some(value.into());
        self
    }

    /// Sets or clears [`CommandName`](CreateCommandRequest::command_name): `None` leaves it out.
    pub fn set_command_name(mut self, value: Option<String>) -> Self {
        self.request.command_name = value;
        self
    }

    /// Sets [`Content`](CreateCommandRequest::content): Base64-encoded command.
    ///
    /// Required.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears [`Content`](CreateCommandRequest::content): `None` leaves it out.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// Sets [`Description`](CreateCommandRequest::description): Command description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](CreateCommandRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`CommandType`](CreateCommandRequest::command_type): Command type.
    pub fn command_type(
        mut self,
        value: impl Into<tat_model::types::CommandType>,
    ) -> Self {
        self.request.command_type = Some(value.into());
        self
    }

    /// Sets or clears [`CommandType`](CreateCommandRequest::command_type): `None` leaves it out.
    pub fn set_command_type(
        mut self,
        value: Option<tat_model::types::CommandType>,
    ) -> Self {
        self.request.command_type = value;
        self
    }

    /// Sets [`WorkingDirectory`](CreateCommandRequest::working_directory): Command execution path.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.request.working_directory = Some(value.into());
        self
    }

    /// Sets or clears [`WorkingDirectory`](CreateCommandRequest::working_directory): `None` leaves it out.
    pub fn set_working_directory(mut self, value: Option<String>) -> Self {
        self.request.working_directory = value;
        self
    }

    /// Sets [`Timeout`](CreateCommandRequest::timeout): Command timeout period.
    pub fn timeout(mut self, value: u64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears [`Timeout`](CreateCommandRequest::timeout): `None` leaves it out.
    pub fn set_timeout(mut self, value: Option<u64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets [`EnableParameter`](CreateCommandRequest::enable_parameter): Whether to enable the custom parameter feature.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.request.enable_parameter = Some(value);
        self
    }

    /// Sets or clears [`EnableParameter`](CreateCommandRequest::enable_parameter): `None` leaves it out.
    pub fn set_enable_parameter(mut self, value: Option<bool>) -> Self {
        self.request.enable_parameter = value;
        self
    }

    /// Sets [`DefaultParameters`](CreateCommandRequest::default_parameters): Enable the custom parameter feature.
    pub fn default_parameters(mut self, value: impl Into<String>) -> Self {
        self.request.default_parameters = Some(value.into());
        self
    }

    /// Sets or clears [`DefaultParameters`](CreateCommandRequest::default_parameters): `None` leaves it out.
    pub fn set_default_parameters(mut self, value: Option<String>) -> Self {
        self.request.default_parameters = value;
        self
    }

    /// Sets [`DefaultParameterConfs`](CreateCommandRequest::default_parameter_confs): Custom parameter array.
    pub fn default_parameter_confs(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<tat_model::types::DefaultParameterConf>,
        >,
    ) -> Self {
        self.request.default_parameter_confs = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`DefaultParameterConfs`](CreateCommandRequest::default_parameter_confs): `None` leaves it out.
    pub fn set_default_parameter_confs(
        mut self,
        value: Option<Vec<tat_model::types::DefaultParameterConf>>,
    ) -> Self {
        self.request.default_parameter_confs = value;
        self
    }

    /// Sets [`Tags`](CreateCommandRequest::tags): Tags bound to the command.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](CreateCommandRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<tat_model::types::Tag>>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`Username`](CreateCommandRequest::username): The username used to execute the command on the CVM or Lighthouse instance.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](CreateCommandRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`OutputCOSBucketUrl`](CreateCommandRequest::output_cos_bucket_url): The COS bucket URL for uploading logs.
    pub fn output_cos_bucket_url(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_bucket_url = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSBucketUrl`](CreateCommandRequest::output_cos_bucket_url): `None` leaves it out.
    pub fn set_output_cos_bucket_url(mut self, value: Option<String>) -> Self {
        self.request.output_cos_bucket_url = value;
        self
    }

    /// Sets [`OutputCOSKeyPrefix`](CreateCommandRequest::output_cos_key_prefix): The COS bucket directory where the logs are saved.
    pub fn output_cos_key_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_key_prefix = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSKeyPrefix`](CreateCommandRequest::output_cos_key_prefix): `None` leaves it out.
    pub fn set_output_cos_key_prefix(mut self, value: Option<String>) -> Self {
        self.request.output_cos_key_prefix = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateCommandRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateCommandRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateCommandResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateCommand>(&self.request).await
    }
}
