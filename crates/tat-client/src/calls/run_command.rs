// @generated from spec/tat/2020-10-28/actions/RunCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `RunCommand`.

use tat_model::{ErrorCode, RunCommandRequest, RunCommandResponse};

/// Builds and sends `RunCommand`: This API is used to execute a command and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// * If the agent is not installed on the instance or is offline, an error is returned. * If the command type is not supported by the agent runtime environment, an error is returned. * The specified instance needs to be in a VPC network. * The specified instance needs to be in the RUNNING status. * Only one type of instances (CVM or Lighthouse) can be specified in a single request.
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
///     .command_type(tat_client::CommandType::Shell)
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

    /// Sets `InstanceIds`: Instance ID list for the command to be executed, with a cap of 200. Instance ID can be obtained through the query instance interface of corresponding cloud services. currently supported instance types:. - CVM - Lighthouse -TAT register instance.
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

    /// Sets `CommandName`: Command name. The name can be up to 60 bytes, and contain \[a-z\], \[A-Z\], \[0-9\] and \[_-.\].
    pub fn command_name(mut self, value: impl Into<String>) -> Self {
        self.request.command_name = Some(value.into());
        self
    }

    /// Sets or clears `CommandName` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_name(mut self, value: Option<String>) -> Self {
        self.request.command_name = value;
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

    /// Sets `SaveCommand`: Whether to save the command. value range:. - true: save - false: not saved. The default value is false.
    pub fn save_command(mut self, value: bool) -> Self {
        self.request.save_command = Some(value);
        self
    }

    /// Sets or clears `SaveCommand` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_save_command(mut self, value: Option<bool>) -> Self {
        self.request.save_command = value;
        self
    }

    /// Sets `EnableParameter`: Whether to enable the custom parameter feature. Once created, this value does not offer modification. Valid values:. - true: enable - false: disabled. The default value is false.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.request.enable_parameter = Some(value);
        self
    }

    /// Sets or clears `EnableParameter` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_enable_parameter(mut self, value: Option<bool>) -> Self {
        self.request.enable_parameter = value;
        self
    }

    /// Sets `DefaultParameters`: Enable the custom parameter feature. default value of the custom parameter. field type is json encoded string. for example: {"varA": "222"}. The key is the custom parameter name, and the value is the default. both kv are string-type. This parameter can be set only when the EnableParameter of the command is true. Parameters must not be specified simultaneously DefaultParameters and DefaultParameterConfs. If Parameters is not provided, the default value here will be used to replace. Custom parameters can be up to 20. The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-_\].
    pub fn default_parameters(mut self, value: impl Into<String>) -> Self {
        self.request.default_parameters = Some(value.into());
        self
    }

    /// Sets or clears `DefaultParameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_default_parameters(mut self, value: Option<String>) -> Self {
        self.request.default_parameters = value;
        self
    }

    /// Sets `DefaultParameterConfs`: Custom parameter array. if Parameters is not provided, the default value here will be used to replace. up to 20 custom Parameters are allowed. If Parameters is not provided, the default value here will be used to replace. This parameter can be set only when the EnableParameter of the command is true. Parameters must not be specified simultaneously DefaultParameters and DefaultParameterConfs.
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

    /// Sets `Parameters`: Custom parameter of Command. field type is json encoded string. for example: {"varA": "222"}. The key is the custom parameter name, and the value is the default. both kv are string-type. This parameter can be set only when the EnableParameter of the command is true. If the parameter value is not provided, DefaultParameters or DefaultParameterConfs will be used. Custom parameters can be up to 20. The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-_\].
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears `Parameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets `Tags`: The tags of the command. It is available when SaveCommand is True. A maximum of 10 tags are allowed.
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

    /// Sets `Username`: The username used to execute the command on the CVM or Lighthouse instance. The principle of least privilege is the best practice for permission management. We recommend you execute TAT commands as a general user. By default, the user root is used to execute commands on Linux and the user System is used on Windows.
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

    /// Sets `OutputCOSKeyPrefix`: The COS bucket directory where the logs are saved. Check below for the rules of the directory name. 1. It must be a combination of number, letters, and visible characters. Up to 60 characters are allowed. 2. Use a slash (/) to create a subdirectory. 3. ".." can not be used as the folder name. It cannot start with a slash (/), and cannot contain consecutive slashes.
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
        self.client.send::<tat_model::RunCommand>(&self.request).await
    }
}
