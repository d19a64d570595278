// @generated from spec/eflo-controller/2022-12-15/actions/RunCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `RunCommand`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::run_command::{
    RunCommand, RunCommandRequest, RunCommandResponse,
};

/// Builds and sends `RunCommand`:
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

    /// Sets [`ClientToken`](RunCommandRequest::client_token): The client token to ensure the idempotency of the request.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.request.client_token = Some(value.into());
        self
    }

    /// Sets or clears [`ClientToken`](RunCommandRequest::client_token): `None` leaves it out.
    pub fn set_client_token(mut self, value: Option<String>) -> Self {
        self.request.client_token = value;
        self
    }

    /// Sets [`CommandContent`](RunCommandRequest::command_content): The command content.
    pub fn command_content(mut self, value: impl Into<String>) -> Self {
        self.request.command_content = Some(value.into());
        self
    }

    /// Sets or clears [`CommandContent`](RunCommandRequest::command_content): `None` leaves it out.
    pub fn set_command_content(mut self, value: Option<String>) -> Self {
        self.request.command_content = value;
        self
    }

    /// Sets [`CommandId`](RunCommandRequest::command_id): The ID of the command.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](RunCommandRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets [`ContentEncoding`](RunCommandRequest::content_encoding): The encoding mode of the command content.
    pub fn content_encoding(mut self, value: impl Into<String>) -> Self {
        self.request.content_encoding = Some(value.into());
        self
    }

    /// Sets or clears [`ContentEncoding`](RunCommandRequest::content_encoding): `None` leaves it out.
    pub fn set_content_encoding(mut self, value: Option<String>) -> Self {
        self.request.content_encoding = value;
        self
    }

    /// Sets [`Description`](RunCommandRequest::description): The command description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](RunCommandRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`EnableParameter`](RunCommandRequest::enable_parameter): Specifies whether to use custom parameters in the command.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.request.enable_parameter = Some(value);
        self
    }

    /// Sets or clears [`EnableParameter`](RunCommandRequest::enable_parameter): `None` leaves it out.
    pub fn set_enable_parameter(mut self, value: Option<bool>) -> Self {
        self.request.enable_parameter = value;
        self
    }

    /// Sets [`Frequency`](RunCommandRequest::frequency): The schedule to run the command.
    pub fn frequency(mut self, value: impl Into<String>) -> Self {
        self.request.frequency = Some(value.into());
        self
    }

    /// Sets or clears [`Frequency`](RunCommandRequest::frequency): `None` leaves it out.
    pub fn set_frequency(mut self, value: Option<String>) -> Self {
        self.request.frequency = value;
        self
    }

    /// Sets [`Launcher`](RunCommandRequest::launcher): The launcher for script execution.
    pub fn launcher(mut self, value: impl Into<String>) -> Self {
        self.request.launcher = Some(value.into());
        self
    }

    /// Sets or clears [`Launcher`](RunCommandRequest::launcher): `None` leaves it out.
    pub fn set_launcher(mut self, value: Option<String>) -> Self {
        self.request.launcher = value;
        self
    }

    /// Sets [`Name`](RunCommandRequest::name): The command name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](RunCommandRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`NodeIdList`](RunCommandRequest::node_id_list): The node list.
    pub fn node_id_list(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_id_list = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIdList`](RunCommandRequest::node_id_list): `None` leaves it out.
    pub fn set_node_id_list(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_id_list = value;
        self
    }

    /// Sets [`Parameters`](RunCommandRequest::parameters): The key-value pairs of custom parameters to pass in when the command includes custom parameters.
    pub fn parameters(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`Parameters`](RunCommandRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets [`RepeatMode`](RunCommandRequest::repeat_mode): The mode to run the command.
    pub fn repeat_mode(mut self, value: impl Into<String>) -> Self {
        self.request.repeat_mode = Some(value.into());
        self
    }

    /// Sets or clears [`RepeatMode`](RunCommandRequest::repeat_mode): `None` leaves it out.
    pub fn set_repeat_mode(mut self, value: Option<String>) -> Self {
        self.request.repeat_mode = value;
        self
    }

    /// Sets [`TerminationMode`](RunCommandRequest::termination_mode): Indicates how the command task is stopped when a command execution is manually stopped or times out.
    pub fn termination_mode(mut self, value: impl Into<String>) -> Self {
        self.request.termination_mode = Some(value.into());
        self
    }

    /// Sets or clears [`TerminationMode`](RunCommandRequest::termination_mode): `None` leaves it out.
    pub fn set_termination_mode(mut self, value: Option<String>) -> Self {
        self.request.termination_mode = value;
        self
    }

    /// Sets [`Timeout`](RunCommandRequest::timeout): The timeout period for the command.
    pub fn timeout(mut self, value: i64) -> Self {
        self.request.timeout = Some(value);
        self
    }

    /// Sets or clears [`Timeout`](RunCommandRequest::timeout): `None` leaves it out.
    pub fn set_timeout(mut self, value: Option<i64>) -> Self {
        self.request.timeout = value;
        self
    }

    /// Sets [`Username`](RunCommandRequest::username): The username that you use to run the command.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.request.username = Some(value.into());
        self
    }

    /// Sets or clears [`Username`](RunCommandRequest::username): `None` leaves it out.
    pub fn set_username(mut self, value: Option<String>) -> Self {
        self.request.username = value;
        self
    }

    /// Sets [`WorkingDir`](RunCommandRequest::working_dir): The working path of the command.
    pub fn working_dir(mut self, value: impl Into<String>) -> Self {
        self.request.working_dir = Some(value.into());
        self
    }

    /// Sets or clears [`WorkingDir`](RunCommandRequest::working_dir): `None` leaves it out.
    pub fn set_working_dir(mut self, value: Option<String>) -> Self {
        self.request.working_dir = value;
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
