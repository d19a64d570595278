// @generated from spec/tat/2020-10-28/actions/CreateCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateCommand`.

use tat_model::{ErrorCode, CreateCommandRequest, CreateCommandResponse};

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
///     .command_type(tat_client::CommandType::Shell)
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

    /// Sets `CommandName`: Command name. The name can be up to 60 bytes, and contain \[a-z\], \[A-Z\], \[0-9\] and \[_-.\].
    ///
    /// Required.
    pub fn command_name(mut self, value: impl Into<String>) -> Self {
        self.request.command_name = Some(value.into());
        self
    }

    /// Sets or clears `CommandName` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_name(mut self, value: Option<String>) -> Self {
        self.request.command_name = value;
        self
    }

    /// Sets `Content`: Base64-encoded command. The maximum length is 64 KB.
    ///
    /// Required.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears `Content` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// Sets `Description`: Command description. The maximum length is 120 characters.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears `Description` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets `CommandType`: Command type. currently supports SHELL, POWERSHELL, BAT. default: SHELL.
    pub fn command_type(mut self, value: impl Into<tat_model::CommandType>) -> Self {
        self.request.command_type = Some(value.into());
        self
    }

    /// Sets or clears `CommandType` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_type(mut self, value: Option<tat_model::CommandType>) -> Self {
        self.request.command_type = value;
        self
    }

    /// Sets `WorkingDirectory`: Command execution path. The default value is /root for SHELL commands and C:\Program Files\qcloud\tat_agent\workdir for POWERSHELL commands.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.request.working_directory = Some(value.into());
        self
    }

    /// Sets or clears `WorkingDirectory` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_working_directory(mut self, value: Option<String>) -> Self {
        self.request.working_directory = value;
        self
    }

    /// Sets `Timeout`: Command timeout period. Default value: 60 seconds. Value range: \[1, 86400\].
    pub fn timeout(mut self, value: u64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears `Timeout` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_timeout(mut self, value: Option<u64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets `EnableParameter`: Whether to enable the custom parameter feature. This cannot be modified once created. Default value: false.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.request.enable_parameter = Some(value);
        self
    }

    /// Sets or clears `EnableParameter` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_enable_parameter(mut self, value: Option<bool>) -> Self {
        self.request.enable_parameter = value;
        self
    }

    /// Sets `DefaultParameters`: Enable the custom parameter feature. default value of the custom parameter. field type is json encoded string. for example: {"varA": "222"}. The key is the custom parameter name, and the value is the default. both kv are string-type. If no parameter value is provided when invoking the command, the default value here will be used to replace it. Parameters must not be specified simultaneously DefaultParameters and DefaultParameterConfs. Allow settings only when the EnableParameter parameter is true. Custom parameters can be up to 20. The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-_\].
    pub fn default_parameters(mut self, value: impl Into<String>) -> Self {
        self.request.default_parameters = Some(value.into());
        self
    }

    /// Sets or clears `DefaultParameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_default_parameters(mut self, value: Option<String>) -> Self {
        self.request.default_parameters = value;
        self
    }

    /// Sets `DefaultParameterConfs`: Custom parameter array. If no parameter value is provided when invoking the command, the default value here will be used to replace it. Parameters must not be specified simultaneously DefaultParameters and DefaultParameterConfs. Allow settings only when the EnableParameter parameter is true. Custom parameters can be up to 20.
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

    /// Sets `Tags`: Tags bound to the command. At most 10 tags are allowed.
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

    /// Sets `Username`: The username used to execute the command on the CVM or Lighthouse instance. The principle of least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. By default, the root user is used to execute commands on Linux and the System user is used on Windows.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears `Username` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets `OutputCOSBucketUrl`: The COS bucket URL for uploading logs. The URL must start with https, such as <https://BucketName-123454321.cos.ap-beijing.myqcloud.com>.
    pub fn output_cos_bucket_url(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_bucket_url = Some(value.into());
        self
    }

    /// Sets or clears `OutputCOSBucketUrl` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_output_cos_bucket_url(mut self, value: Option<String>) -> Self {
        self.request.output_cos_bucket_url = value;
        self
    }

    /// Sets `OutputCOSKeyPrefix`: The COS bucket directory where the logs are saved. Check below for the rules of the directory name. 1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed. 2. Use a slash (/) to create a subdirectory. 3. Consecutive dots (.) and slashes (/) are not allowed. It can not start with a slash (/).
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
        self.client.send::<tat_model::CreateCommand>(&self.request).await
    }
}
