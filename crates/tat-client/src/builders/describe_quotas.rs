// @generated from spec/tat/2020-10-28/actions/DescribeQuotas.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeQuotas`.

use tat_model::ErrorCode;
use tat_model::actions::describe_quotas::{
    DescribeQuotas, DescribeQuotasRequest, DescribeQuotasResponse,
};

/// Builds and sends `DescribeQuotas`: This API is used to obtain quota information.
///
/// # Examples
///
/// Query the "COMMAND" and "REGISTER_CODE" Resources (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_quotas()
///     .resource_names(["COMMAND", "REGISTER_CODE"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeQuotasBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeQuotasRequest,
}

impl DescribeQuotasBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeQuotasRequest::default(),
        }
    }

    /// Sets [`ResourceNames`](DescribeQuotasRequest::resource_names): Resource name.
    ///
    /// Required.
    pub fn resource_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resource_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`ResourceNames`](DescribeQuotasRequest::resource_names): `None` leaves it out.
    pub fn set_resource_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resource_names = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeQuotasRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeQuotasRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeQuotasResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeQuotas>(&self.request).await
    }
}
