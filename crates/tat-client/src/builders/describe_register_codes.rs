// @generated from spec/tat/2020-10-28/actions/DescribeRegisterCodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeRegisterCodes`.

use tat_model::ErrorCode;
use tat_model::actions::describe_register_codes::{
    DescribeRegisterCodes, DescribeRegisterCodesRequest, DescribeRegisterCodesResponse,
};

/// Builds and sends `DescribeRegisterCodes`: This API is used to query registration code info.
///
/// # Examples
///
/// Query a Registration Code Based on Registration Code ID (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_register_codes()
///     .register_code_ids(["8cca2d3b-7ac3-422a-98f0-8a5bc17cdc38"])
///     .offset(0)
///     .limit(1)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeRegisterCodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeRegisterCodesRequest,
}

impl DescribeRegisterCodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeRegisterCodesRequest::default(),
        }
    }

    /// Sets [`RegisterCodeIds`](DescribeRegisterCodesRequest::register_code_ids): Registration code ID.
    pub fn register_code_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.register_code_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`RegisterCodeIds`](DescribeRegisterCodesRequest::register_code_ids): `None` leaves it out.
    pub fn set_register_code_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.register_code_ids = value;
        self
    }

    /// Sets [`Offset`](DescribeRegisterCodesRequest::offset): Offset.
    pub fn offset(mut self, value: i64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeRegisterCodesRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<i64>) -> Self {
        self.request.offset = value;
        self
    }

    /// Sets [`Limit`](DescribeRegisterCodesRequest::limit): Number of returned results, defaults to 20, maximum value is 100.
    pub fn limit(mut self, value: i64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeRegisterCodesRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<i64>) -> Self {
        self.request.limit = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeRegisterCodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeRegisterCodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeRegisterCodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeRegisterCodes>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeRegisterCodes> {
        self.client.paginate::<DescribeRegisterCodes>(self.request)
    }
}
