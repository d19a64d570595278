// @generated from spec/tat/2020-10-28/actions/ModifyCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyCommand`.

use tat_model::ErrorCode;
use tat_model::actions::modify_command::{
    ModifyCommand, ModifyCommandRequest, ModifyCommandResponse,
};

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
///     .command_type(tat_client::types::CommandType::Shell)
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

    /// Sets [`CommandId`](ModifyCommandRequest::command_id): Command ID.
    ///
    /// Required.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](ModifyCommandRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets [`CommandName`](ModifyCommandRequest::command_name): Command name.
    pub fn command_name(mut self, value: impl Into<String>) -> Self {
        self.request.command_name = Some(value.into());
        self
    }

    /// Sets or clears [`CommandName`](ModifyCommandRequest::command_name): `None` leaves it out.
    pub fn set_command_name(mut self, value: Option<String>) -> Self {
        self.request.command_name = value;
        self
    }

    /// Sets [`Description`](ModifyCommandRequest::description): Command description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](ModifyCommandRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`Content`](ModifyCommandRequest::content): The Base64-encoded command content, length cannot exceed 64KB.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears [`Content`](ModifyCommandRequest::content): `None` leaves it out.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// Sets [`CommandType`](ModifyCommandRequest::command_type): Command type.
    pub fn command_type(
        mut self,
        value: impl Into<tat_model::types::CommandType>,
    ) -> Self {
        self.request.command_type = Some(value.into());
        self
    }

    /// Sets or clears [`CommandType`](ModifyCommandRequest::command_type): `None` leaves it out.
    pub fn set_command_type(
        mut self,
        value: Option<tat_model::types::CommandType>,
    ) -> Self {
        self.request.command_type = value;
        self
    }

    /// Sets [`WorkingDirectory`](ModifyCommandRequest::working_directory): Command execution path.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.request.working_directory = Some(value.into());
        self
    }

    /// Sets or clears [`WorkingDirectory`](ModifyCommandRequest::working_directory): `None` leaves it out.
    pub fn set_working_directory(mut self, value: Option<String>) -> Self {
        self.request.working_directory = value;
        self
    }

    /// Sets [`Timeout`](ModifyCommandRequest::timeout): Command timeout time.
    pub fn timeout(mut self, value: u64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears [`Timeout`](ModifyCommandRequest::timeout): `None` leaves it out.
    pub fn set_timeout(mut self, value: Option<u64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets [`DefaultParameters`](ModifyCommandRequest::default_parameters): The default value of custom parameters when the custom parameter feature is enabled.
    pub fn default_parameters(mut self, value: impl Into<String>) -> Self {
        self.request.default_parameters = Some(value.into());
        self
    }

    /// Sets or clears [`DefaultParameters`](ModifyCommandRequest::default_parameters): `None` leaves it out.
    pub fn set_default_parameters(mut self, value: Option<String>) -> Self {
        self.request.default_parameters = value;
        self
    }

    /// Sets [`DefaultParameterConfs`](ModifyCommandRequest::default_parameter_confs): Custom parameter array.
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

    /// Sets or clears [`DefaultParameterConfs`](ModifyCommandRequest::default_parameter_confs): `None` leaves it out.
    pub fn set_default_parameter_confs(
        mut self,
        value: Option<Vec<tat_model::types::DefaultParameterConf>>,
    ) -> Self {
        self.request.default_parameter_confs = value;
        self
    }

    /// Sets [`Username`](ModifyCommandRequest::username): The username to run commands in a CVM or Lighthouse instance.\ using minimum permission to execute commands is the best practice for permission management.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](ModifyCommandRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`OutputCOSBucketUrl`](ModifyCommandRequest::output_cos_bucket_url): Specifies the cos bucket address for the uploaded log, which must start with https, such as <https://BucketName-123454321.cos.ap-beijing.myqcloud.com>.
    pub fn output_cos_bucket_url(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_bucket_url = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSBucketUrl`](ModifyCommandRequest::output_cos_bucket_url): `None` leaves it out.
    pub fn set_output_cos_bucket_url(mut self, value: Option<String>) -> Self {
        self.request.output_cos_bucket_url = value;
        self
    }

    /// Sets [`OutputCOSKeyPrefix`](ModifyCommandRequest::output_cos_key_prefix): Specify the directory for logs in the cos bucket.
    pub fn output_cos_key_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_key_prefix = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSKeyPrefix`](ModifyCommandRequest::output_cos_key_prefix): `None` leaves it out.
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
        self.client.send::<ModifyCommand>(&self.request).await
    }
}
