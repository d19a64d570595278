// @generated from spec/tat/2020-10-28/actions/DeleteInvoker.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteInvoker`.

use tat_model::ErrorCode;
use tat_model::actions::delete_invoker::{
    DeleteInvoker, DeleteInvokerRequest, DeleteInvokerResponse,
};

/// Builds and sends `DeleteInvoker`: This API is used to delete an invoker.
///
/// # Examples
///
/// Deleting an invoker (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .delete_invoker()
///     .invoker_id("ivk-b7s3qa5l")
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteInvokerBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteInvokerRequest,
}

impl DeleteInvokerBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteInvokerRequest::default(),
        }
    }

    /// Sets [`InvokerId`](DeleteInvokerRequest::invoker_id): Pending deletion executor ID.
    ///
    /// Required.
    pub fn invoker_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoker_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvokerId`](DeleteInvokerRequest::invoker_id): `None` leaves it out.
    pub fn set_invoker_id(mut self, value: Option<String>) -> Self {
        self.request.invoker_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteInvokerRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteInvokerRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteInvokerResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteInvoker>(&self.request).await
    }
}
