// @generated from spec/tat/2020-10-28/actions/EnableInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `EnableInvoker`.

use tat_model::ErrorCode;
use tat_model::actions::enable_invoker::{
    EnableInvoker, EnableInvokerRequest, EnableInvokerResponse,
};

/// Builds and sends `EnableInvoker`: This API is used to enable an invoker.
///
/// # Examples
///
/// Enabling an invoker (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .enable_invoker()
///     .invoker_id("ivk-b7s3qa5l")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct EnableInvokerBuilder {
    client: sdk_runtime::ServiceClient,
    request: EnableInvokerRequest,
}

impl EnableInvokerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: EnableInvokerRequest::default(),
        }
    }

    /// Sets [`InvokerId`](EnableInvokerRequest::invoker_id): Executor ID to be enabled.
    ///
    /// Required.
    pub fn invoker_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoker_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvokerId`](EnableInvokerRequest::invoker_id): `None` leaves it out.
    pub fn set_invoker_id(mut self, value: Option<String>) -> Self {
        self.request.invoker_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &EnableInvokerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: EnableInvokerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<EnableInvokerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<EnableInvoker>(&self.request).await
    }
}
