// @generated from spec/tat/2020-10-28/actions/DeleteCommands.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteCommands`.

use tat_model::ErrorCode;
use tat_model::actions::delete_commands::{
    DeleteCommands, DeleteCommandsRequest, DeleteCommandsResponse,
};

/// Builds and sends `DeleteCommands`: This API is used to execute batch deletion commands.
///
/// # Examples
///
/// Batch Deletion Command (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .delete_commands()
///     .command_ids(["cmd-7efujjs6", "cmd-7efujjs7"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteCommandsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteCommandsRequest,
}

impl DeleteCommandsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteCommandsRequest::default(),
        }
    }

    /// Sets [`CommandIds`](DeleteCommandsRequest::command_ids): Command ID to be deleted.
    ///
    /// Required.
    pub fn command_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.command_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`CommandIds`](DeleteCommandsRequest::command_ids): `None` leaves it out.
    pub fn set_command_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.command_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteCommandsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteCommandsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteCommandsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteCommands>(&self.request).await
    }
}
