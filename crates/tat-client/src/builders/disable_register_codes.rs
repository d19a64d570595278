// @generated from spec/tat/2020-10-28/actions/DisableRegisterCodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `DisableRegisterCodes`.

use tat_model::ErrorCode;
use tat_model::actions::disable_register_codes::{
    DisableRegisterCodes, DisableRegisterCodesRequest, DisableRegisterCodesResponse,
};

/// Builds and sends `DisableRegisterCodes`: This API is used to bulk disable registration codes.
///
/// # Examples
///
/// Disable Registration Code (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .disable_register_codes()
///     .register_code_ids(["8cca2d3b-7ac3-422a-98f0-8a5bc17cdc38"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DisableRegisterCodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DisableRegisterCodesRequest,
}

impl DisableRegisterCodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DisableRegisterCodesRequest::default(),
        }
    }

    /// Sets [`RegisterCodeIds`](DisableRegisterCodesRequest::register_code_ids): Registration code ID.
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

    /// Sets or clears [`RegisterCodeIds`](DisableRegisterCodesRequest::register_code_ids): `None` leaves it out.
    pub fn set_register_code_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.register_code_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DisableRegisterCodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DisableRegisterCodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DisableRegisterCodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DisableRegisterCodes>(&self.request).await
    }
}
