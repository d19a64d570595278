// @generated from spec/tat/2020-10-28/actions/PreviewReplacedCommandContent.json by `cargo xtask codegen`; do not edit.
//! The builder of `PreviewReplacedCommandContent`.

use tat_model::ErrorCode;
use tat_model::actions::preview_replaced_command_content::{
    PreviewReplacedCommandContent, PreviewReplacedCommandContentRequest,
    PreviewReplacedCommandContentResponse,
};

/// Builds and sends `PreviewReplacedCommandContent`: This API is used to preview the command with custom parameters. The command is not executed.
///
/// # Examples
///
/// Previewing the result of replacing command content (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .preview_replaced_command_content()
///     .parameters("{\"a\": \"123\"}")
///     .content("bHMge3thfX0KZWNobyB7e2J9fSB7e2N9fQ==")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct PreviewReplacedCommandContentBuilder {
    client: sdk_runtime::ServiceClient,
    request: PreviewReplacedCommandContentRequest,
}

impl PreviewReplacedCommandContentBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: PreviewReplacedCommandContentRequest::default(),
        }
    }

    /// Sets [`Parameters`](PreviewReplacedCommandContentRequest::parameters): The preview uses custom parameters.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`Parameters`](PreviewReplacedCommandContentRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets [`CommandId`](PreviewReplacedCommandContentRequest::command_id): Perform the replace preview command.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears [`CommandId`](PreviewReplacedCommandContentRequest::command_id): `None` leaves it out.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets [`Content`](PreviewReplacedCommandContentRequest::content): Base64-encoded command to be previewed.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears [`Content`](PreviewReplacedCommandContentRequest::content): `None` leaves it out.
    pub fn set_content(mut self, value: Option<String>) -> Self {
        self.request.content = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &PreviewReplacedCommandContentRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: PreviewReplacedCommandContentRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        PreviewReplacedCommandContentResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<PreviewReplacedCommandContent>(&self.request).await
    }
}
