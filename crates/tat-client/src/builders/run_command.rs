// @generated from spec/tat/2020-10-28/actions/RunCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `RunCommand`.

use tat_model::ErrorCode;
use tat_model::actions::run_command::{RunCommand, RunCommandRequest, RunCommandResponse};

/// Builds and sends `RunCommand`: This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// - If the agent is not installed on the instance or is offline, an error is returned.
/// - If the command type is not supported by the agent runtime environment, an error is returned.
/// - The specified instance needs to be in a VPC network.
/// - The specified instance needs to be in the `RUNNING` status.
/// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// # Examples
///
/// Executing a command on multiple CVM instances (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .run_command()
///     .command_name("run-command")
///     .save_command(false)
///     .description("whoami")
///     .content("d2hvYW1p")
///     .command_type(tat_client::types::CommandType::Shell)
///     .working_directory("/root/")
///     .timeout(60)
///     .instance_ids(["ins-zj0f57ew", "ins-zj0f57ex", "ins-zj0f57ev"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RunCommandBuilder {
    client: sdk_runtime::ServiceClient,
    request: RunCommandRequest,
}

impl RunCommandBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RunCommandRequest::default(),
        }
    }

    /// Sets [`Content`](RunCommandRequest::content): Base64-encoded command.
    ///
    /// Required.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears [`Content`](RunCommandRequest::content): `None` leaves it out.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// Sets [`InstanceIds`](RunCommandRequest::instance_ids): Instance ID list for the command to be executed, with a cap of 200.
    ///
    /// Required.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](RunCommandRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`CommandName`](RunCommandRequest::command_name): Command name.
    pub fn command_name(mut self, value: impl Into<String>) -> Self {
        self.request.command_name = Some(value.into());
        self
    }

    /// Sets or clears [`CommandName`](RunCommandRequest::command_name): `None` leaves it out.
    pub fn set_command_name(mut self, value: Option<String>) -> Self {
        self.request.command_name = value;
        self
    }

    /// Sets [`Description`](RunCommandRequest::description): Command description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](RunCommandRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`CommandType`](RunCommandRequest::command_type): Command type.
    pub fn command_type(
        mut self,
        value: impl Into<tat_model::types::CommandType>,
    ) -> Self {
        self.request.command_type = Some(value.into());
        self
    }

    /// Sets or clears [`CommandType`](RunCommandRequest::command_type): `None` leaves it out.
    pub fn set_command_type(
        mut self,
        value: Option<tat_model::types::CommandType>,
    ) -> Self {
        self.request.command_type = value;
        self
    }

    /// Sets [`WorkingDirectory`](RunCommandRequest::working_directory): Command execution path.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.request.working_directory = Some(value.into());
        self
    }

    /// Sets or clears [`WorkingDirectory`](RunCommandRequest::working_directory): `None` leaves it out.
    pub fn set_working_directory(mut self, value: Option<String>) -> Self {
        self.request.working_directory = value;
        self
    }

    /// Sets [`Timeout`](RunCommandRequest::timeout): Command timeout period.
    pub fn timeout(mut self, value: u64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears [`Timeout`](RunCommandRequest::timeout): `None` leaves it out.
    pub fn set_timeout(mut self, value: Option<u64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets [`SaveCommand`](RunCommandRequest::save_command): Whether to save the command.
    pub fn save_command(mut self, value: bool) -> Self {
        self.request.save_command = Some(value);
        self
    }

    /// Sets or clears [`SaveCommand`](RunCommandRequest::save_command): `None` leaves it out.
    pub fn set_save_command(mut self, value: Option<bool>) -> Self {
        self.request.save_command = value;
        self
    }

    /// Sets [`EnableParameter`](RunCommandRequest::enable_parameter): Whether to enable the custom parameter feature.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.request.enable_parameter = Some(value);
        self
    }

    /// Sets or clears [`EnableParameter`](RunCommandRequest::enable_parameter): `None` leaves it out.
    pub fn set_enable_parameter(mut self, value: Option<bool>) -> Self {
        self.request.enable_parameter = value;
        self
    }

    /// Sets [`DefaultParameters`](RunCommandRequest::default_parameters): Enable the custom parameter feature.
    pub fn default_parameters(mut self, value: impl Into<String>) -> Self {
        self.request.default_parameters = Some(value.into());
        self
    }

    /// Sets or clears [`DefaultParameters`](RunCommandRequest::default_parameters): `None` leaves it out.
    pub fn set_default_parameters(mut self, value: Option<String>) -> Self {
        self.request.default_parameters = value;
        self
    }

    /// Sets [`DefaultParameterConfs`](RunCommandRequest::default_parameter_confs): Custom parameter array.
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

    /// Sets or clears [`DefaultParameterConfs`](RunCommandRequest::default_parameter_confs): `None` leaves it out.
    pub fn set_default_parameter_confs(
        mut self,
        value: Option<Vec<tat_model::types::DefaultParameterConf>>,
    ) -> Self {
        self.request.default_parameter_confs = value;
        self
    }

    /// Sets [`Parameters`](RunCommandRequest::parameters): Custom parameter of Command.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`Parameters`](RunCommandRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets [`Tags`](RunCommandRequest::tags): The tags of the command.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](RunCommandRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<tat_model::types::Tag>>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`Username`](RunCommandRequest::username): The username used to execute the command on the CVM or Lighthouse instance.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](RunCommandRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`OutputCOSBucketUrl`](RunCommandRequest::output_cos_bucket_url): The COS bucket URL for uploading logs.
    pub fn output_cos_bucket_url(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_bucket_url = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSBucketUrl`](RunCommandRequest::output_cos_bucket_url): `None` leaves it out.
    pub fn set_output_cos_bucket_url(mut self, value: Option<String>) -> Self {
        self.request.output_cos_bucket_url = value;
        self
    }

    /// Sets [`OutputCOSKeyPrefix`](RunCommandRequest::output_cos_key_prefix): The COS bucket directory where the logs are saved.
    pub fn output_cos_key_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_key_prefix = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSKeyPrefix`](RunCommandRequest::output_cos_key_prefix): `None` leaves it out.
    pub fn set_output_cos_key_prefix(mut self, value: Option<String>) -> Self {
        self.request.output_cos_key_prefix = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RunCommandRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RunCommandRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RunCommandResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RunCommand>(&self.request).await
    }
}
