// @generated from spec/tat/2020-10-28/actions/PreviewReplacedCommandContent.json by `cargo xtask codegen`; do not edit.
//! The builder of `PreviewReplacedCommandContent`.

use tat_model::{
    ErrorCode, PreviewReplacedCommandContentRequest,
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

    /// Sets `Parameters`: The preview uses custom parameters. field type is json encoded string, for example: {"varA": "222"}. This parameter can be set only when the EnableParameter of the command is true. you can obtain the EnableParameter settings through the DescribeCommands (detailed command information) api. If DefaultParameters or DefaultParameterConfs has set, it will overlay with Parameters and prioritize the value of Parameters. key specifies the custom parameter name, and value specifies the parameter. both kv are string-type. Custom parameters are limited to 20. The custom parameter name must meet the following standard: the number of characters has a cap of 64, and the optional range is \[a-zA-Z0-9-_\]. If the previewed CommandId has DefaultParameters set, this parameter can be empty.
    pub fn parameters(mut self, value: impl Into<String>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears `Parameters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_parameters(mut self, value: Option<String>) -> Self {
        self.request.parameters = value;
        self
    }

    /// Sets `CommandId`: Perform the replace preview command. Call the DescribeCommands api to query command details. CommandId and Content, you must provide one and can only provide one.
    pub fn command_id(mut self, value: impl Into<String>) -> Self {
        self.request.command_id = Some(value.into());
        self
    }

    /// Sets or clears `CommandId` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_command_id(mut self, value: Option<String>) -> Self {
        self.request.command_id = value;
        self
    }

    /// Sets `Content`: Base64-encoded command to be previewed. The maximum length is 64 KB. CommandId or Content must be specified.
    pub fn content(mut self, value: impl Into<String>) -> Self {
        self.request.content = Some(value.into());
        self
    }

    /// Sets or clears `Content` from an `Option`, for members set conditionally: `None` leaves it out of the request.
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
        self.client.send::<tat_model::PreviewReplacedCommandContent>(&self.request).await
    }
}
