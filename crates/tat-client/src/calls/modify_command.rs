// @generated from spec/tat/2020-10-28/actions/ModifyCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyCommand`.

use tat_model::{ErrorCode, ModifyCommandRequest, ModifyCommandResponse};

/// Builds and sends `ModifyCommand`: This API is used to modify a command.
///
/// # Examples
///
/// Modify Command (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .modify_command()
///     .command_name("second-command")
///     .description("hello world!")
///     .content("cHM=")
///     .command_type(tat_client::CommandType::Shell)
///     .working_directory("/root")
///     .timeout(600)
///     .command_id("cmd-63usjhmq")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyCommandBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyCommandRequest,
}

impl ModifyCommandBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyCommandRequest::default(),
        }
    }

    /// Sets `CommandId`: Command ID. call the DescribeCommands api to query command details.
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

    /// Sets `CommandName`: Command name. name only supports chinese, english, digits, underscore, separator "-", and decimal point. the maximum length cannot exceed 60 bytes.
    pub fn command_name(mut self, value: impl Into<String>) -> Self {
        self.request.command_name = Some(value.into());
        self
    }

    /// Sets or clears `CommandName` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_name(mut self, value: Option<String>) -> Self {
        self.request.command_name = value;
        self
    }

    /// Sets `Description`: Command description. no more than 120 characters.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears `Description` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets `Content`: The Base64-encoded command content, length cannot exceed 64KB.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears `Content` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// Sets `CommandType`: Command type. currently supports SHELL, POWERSHELL, BAT.
    pub fn command_type(mut self, value: impl Into<tat_model::CommandType>) -> Self {
        self.request.command_type = Some(value.into());
        self
    }

    /// Sets or clears `CommandType` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_type(mut self, value: Option<tat_model::CommandType>) -> Self {
        self.request.command_type = value;
        self
    }

    /// Sets `WorkingDirectory`: Command execution path.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.request.working_directory = Some(value.into());
        self
    }

    /// Sets or clears `WorkingDirectory` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_working_directory(mut self, value: Option<String>) -> Self {
        self.request.working_directory = value;
        self
    }

    /// Sets `Timeout`: Command timeout time. value range: \[1, 86400\]. unit: seconds. default value: 60. when specifying the OutputCOSBucketUrl parameter, the timeout period includes the time taken to upload command output to COS.
    pub fn timeout(mut self, value: u64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears `Timeout` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_timeout(mut self, value: Option<u64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets `DefaultParameters`: The default value of custom parameters when the custom parameter feature is enabled. the field type is a json-encoded string, for example: {"varA": "222"}. parameters must not be specified simultaneously for DefaultParameters and DefaultParameterConfs. a comprehensive modification is applied, meaning all new default values must be provided when modifying. this parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings of the command through the DescribeCommands (query command details) api. the key is the custom parameter name, and the value is the default value of this parameter. both key and value are string-type. there is an upper limit of 20 custom parameters. custom parameter names must meet the following requirements: the upper limit of character quantity is 64, and the optional range is \[a-zA-Z0-9-_\].
    pub fn default_parameters(mut self, value: impl Into<String>) -> Self {
        self.request.default_parameters = Some(value.into());
        self
    }

    /// Sets or clears `DefaultParameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_default_parameters(mut self, value: Option<String>) -> Self {
        self.request.default_parameters = value;
        self
    }

    /// Sets `DefaultParameterConfs`: Custom parameter array. if no parameter value is provided when invoking the command, the default value here will be used to replace it. parameters do not support specifying both DefaultParameters and DefaultParameterConfs. this parameter can be modified only when EnableParameter of the command is true. obtain the EnableParameter settings through the DescribeCommands (query command details) api. up to 20 custom parameters are allowed.
    pub fn default_parameter_confs(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::DefaultParameterConf>>,
    ) -> Self {
        self.request.default_parameter_confs = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears `DefaultParameterConfs` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_default_parameter_confs(
        mut self,
        value: Option<Vec<tat_model::DefaultParameterConf>>,
    ) -> Self {
        self.request.default_parameter_confs = value;
        self
    }

    /// Sets `Username`: The username to run commands in a CVM or Lighthouse instance. using minimum permission to execute commands is the best practice for permission management. we recommend running cloud assistant commands as a regular user identity.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears `Username` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets `OutputCOSBucketUrl`: Specifies the cos bucket address for the uploaded log, which must start with https, such as <https://BucketName-123454321.cos.ap-beijing.myqcloud.com>.
    pub fn output_cos_bucket_url(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_bucket_url = Some(value.into());
        self
    }

    /// Sets or clears `OutputCOSBucketUrl` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_output_cos_bucket_url(mut self, value: Option<String>) -> Self {
        self.request.output_cos_bucket_url = value;
        self
    }

    /// Sets `OutputCOSKeyPrefix`: Specify the directory for logs in the cos bucket. the directory naming has the following rules: - use a combination of numbers, chinese and english, and visible characters, with a maximum length of 60. - use / to split the path and quickly create subdirectories. - consecutive / are not allowed; cannot start with /; cannot use .. as the folder name.
    pub fn output_cos_key_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_key_prefix = Some(value.into());
        self
    }

    /// Sets or clears `OutputCOSKeyPrefix` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_output_cos_key_prefix(mut self, value: Option<String>) -> Self {
        self.request.output_cos_key_prefix = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyCommandRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyCommandRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyCommandResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<tat_model::ModifyCommand>(&self.request).await
    }
}
