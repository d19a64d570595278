// @generated from spec/tat/2020-10-28/actions/DeleteRegisterCodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteRegisterCodes`.

use tat_model::ErrorCode;
use tat_model::actions::delete_register_codes::{
    DeleteRegisterCodes, DeleteRegisterCodesRequest, DeleteRegisterCodesResponse,
};

/// Builds and sends `DeleteRegisterCodes`: This API is used to delete registration codes in batches.
///
/// # Examples
///
/// Delete Registration Code (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .delete_register_codes()
///     .register_code_ids(["c24dcbca-4e83-463c-b1ae-f6a432c009f0", "f86ccb49-520a-41bd-ba00-140a9dbed79f"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteRegisterCodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteRegisterCodesRequest,
}

impl DeleteRegisterCodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteRegisterCodesRequest::default(),
        }
    }

    /// Sets [`RegisterCodeIds`](DeleteRegisterCodesRequest::register_code_ids): Registration code ID list.
    ///
    /// Required.
    pub fn register_code_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.register_code_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`RegisterCodeIds`](DeleteRegisterCodesRequest::register_code_ids): `None` leaves it out.
    pub fn set_register_code_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.register_code_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteRegisterCodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteRegisterCodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteRegisterCodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteRegisterCodes>(&self.request).await
    }
}
