// @generated from spec/tat/2020-10-28/actions/DescribeInvokers.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeInvokers`.

use tat_model::ErrorCode;
use tat_model::actions::describe_invokers::{
    DescribeInvokers, DescribeInvokersRequest, DescribeInvokersResponse,
};

/// Builds and sends `DescribeInvokers`: This API is used to query invoker details.
///
/// # Examples
///
/// Query Executor (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_invokers()
///     .filters([tat_client::types::Filter::new("invoker-id", ["ivk-b7s3qa5l"])])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeInvokersBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeInvokersRequest,
}

impl DescribeInvokersBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeInvokersRequest::default(),
        }
    }

    /// Sets [`InvokerIds`](DescribeInvokersRequest::invoker_ids): Executor ID list.
    pub fn invoker_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.invoker_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InvokerIds`](DescribeInvokersRequest::invoker_ids): `None` leaves it out.
    pub fn set_invoker_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.invoker_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeInvokersRequest::filters): Filter criteria:.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_invokers::filters`]):
    /// - `invoker-id` ([`INVOKER_ID`](tat_model::actions::describe_invokers::filters::INVOKER_ID)): (filter condition) filter by executor id.
    /// - `command-id` ([`COMMAND_ID`](tat_model::actions::describe_invokers::filters::COMMAND_ID)): (filter condition) filters commands by id. you can obtain the id through the [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1) api.
    /// - `invoker-type` ([`INVOKER_TYPE`](tat_model::actions::describe_invokers::filters::INVOKER_TYPE)): (filter condition) filter by the executor type. currently only support SCHEDULE.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeInvokersRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Limit`](DescribeInvokersRequest::limit): Number of returned results.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeInvokersRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeInvokersRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeInvokersRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeInvokersRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeInvokersRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeInvokersResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeInvokers>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeInvokers> {
        self.client.paginate::<DescribeInvokers>(self.request)
    }
}
