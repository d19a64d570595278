// @generated from spec/tat/2020-10-28/actions/DescribeInvokerRecords.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeInvokerRecords`.

use tat_model::ErrorCode;
use tat_model::actions::describe_invoker_records::{
    DescribeInvokerRecords, DescribeInvokerRecordsRequest, DescribeInvokerRecordsResponse,
};

/// Builds and sends `DescribeInvokerRecords`: This API is used to query the execution history of an invoker.
///
/// # Examples
///
/// Query Executor Execution Record (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_invoker_records()
///     .invoker_ids(["ivk-b7s3qa5l"])
///     .offset(0)
///     .limit(2)
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeInvokerRecordsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeInvokerRecordsRequest,
}

impl DescribeInvokerRecordsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeInvokerRecordsRequest::default(),
        }
    }

    /// Sets [`InvokerIds`](DescribeInvokerRecordsRequest::invoker_ids): Executor ID list.
    pub fn invoker_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.invoker_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InvokerIds`](DescribeInvokerRecordsRequest::invoker_ids): `None` leaves it out.
    pub fn set_invoker_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.invoker_ids = value;
        self
    }

    /// Sets [`Limit`](DescribeInvokerRecordsRequest::limit): Number of returned results.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeInvokerRecordsRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeInvokerRecordsRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeInvokerRecordsRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeInvokerRecordsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeInvokerRecordsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeInvokerRecordsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeInvokerRecords>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeInvokerRecords> {
        self.client.paginate::<DescribeInvokerRecords>(self.request)
    }
}
