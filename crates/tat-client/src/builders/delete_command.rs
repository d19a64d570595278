// @generated from spec/tat/2020-10-28/actions/DeleteCommand.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteCommand`.

use tat_model::ErrorCode;
use tat_model::actions::delete_command::{
    DeleteCommand, DeleteCommandRequest, DeleteCommandResponse,
};

/// Builds and sends `DeleteCommand`: This API is used to delete a command.
/// Commands bound to an invoker cannot be deleted.
///
/// # Examples
///
/// Deleting a command (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .delete_command()
///     .command_id("cmd-7efujjs6")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteCommandBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteCommandRequest,
}

impl DeleteCommandBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteCommandRequest::default(),
        }
    }

    /// Sets [`CommandId`](DeleteCommandRequest::command_id): Command ID to be deleted.
    ///
    /// Required.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](DeleteCommandRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteCommandRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteCommandRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteCommandResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteCommand>(&self.request).await
    }
}
