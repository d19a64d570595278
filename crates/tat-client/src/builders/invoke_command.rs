// @generated from spec/tat/2020-10-28/actions/InvokeCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `InvokeCommand`.

use tat_model::ErrorCode;
use tat_model::actions::invoke_command::{
    InvokeCommand, InvokeCommandRequest, InvokeCommandResponse,
};

/// Builds and sends `InvokeCommand`: This API is used to trigger a command on the specified instance and returns the execution activity ID (inv-xxxxxxxx) on success. Each execution activity has one or more execution tasks (invt-xxxxxxxx) and each execution task indicates an execution record on a CVM or Lighthouse instance.
///
/// - If the agent is not installed on the instance or is offline, an error is returned.
/// - If the command type is not supported by the agent runtime environment, an error is returned.
/// - The specified instance needs to be in a VPC network.
/// - The specified instance needs to be in the RUNNING status.
/// - Only one type of instances (CVM or Lighthouse) can be specified in a single request.
///
/// # Examples
///
/// Triggering a command on a Lighthouse instance (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .invoke_command()
///     .command_id("cmd-ffxdx79i")
///     .instance_ids(["lhins-ar5wyn40"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct InvokeCommandBuilder {
    client: sdk_runtime::ServiceClient,
    request: InvokeCommandRequest,
}

impl InvokeCommandBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: InvokeCommandRequest::default(),
        }
    }

    /// Sets [`CommandId`](InvokeCommandRequest::command_id): Pending trigger command ID.
    ///
    /// Required.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](InvokeCommandRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets [`InstanceIds`](InvokeCommandRequest::instance_ids): Instance ID list for the command to be executed, with a cap of 200.
    ///
    /// Required.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](InvokeCommandRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`Parameters`](InvokeCommandRequest::parameters): Custom parameter of Command.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`Parameters`](InvokeCommandRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets [`Username`](InvokeCommandRequest::username): The username used to execute the command on the CVM or Lighthouse instance.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](InvokeCommandRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`WorkingDirectory`](InvokeCommandRequest::working_directory): Execution path of the command.
    pub fn working_directory(mut self, value: impl Into<String>) -> Self {
        self.request.working_directory = Some(value.into());
        self
    }

    /// Sets or clears [`WorkingDirectory`](InvokeCommandRequest::working_directory): `None` leaves it out.
    pub fn set_working_directory(mut self, value: Option<String>) -> Self {
        self.request.working_directory = value;
        self
    }

    /// Sets [`Timeout`](InvokeCommandRequest::timeout): Command timeout period.
    pub fn timeout(mut self, value: u64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears [`Timeout`](InvokeCommandRequest::timeout): `None` leaves it out.
    pub fn set_timeout(mut self, value: Option<u64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets [`OutputCOSBucketUrl`](InvokeCommandRequest::output_cos_bucket_url): The COS bucket URL for uploading logs.
    pub fn output_cos_bucket_url(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_bucket_url = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSBucketUrl`](InvokeCommandRequest::output_cos_bucket_url): `None` leaves it out.
    pub fn set_output_cos_bucket_url(mut self, value: Option<String>) -> Self {
        self.request.output_cos_bucket_url = value;
        self
    }

    /// Sets [`OutputCOSKeyPrefix`](InvokeCommandRequest::output_cos_key_prefix): The COS bucket directory where the logs are saved.
    pub fn output_cos_key_prefix(mut self, value: impl Into<String>) -> Self {
        self.request.output_cos_key_prefix = Some(value.into());
        self
    }

    /// Sets or clears [`OutputCOSKeyPrefix`](InvokeCommandRequest::output_cos_key_prefix): `None` leaves it out.
    pub fn set_output_cos_key_prefix(mut self, value: Option<String>) -> Self {
        self.request.output_cos_key_prefix = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &InvokeCommandRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: InvokeCommandRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<InvokeCommandResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<InvokeCommand>(&self.request).await
    }
}
