// @generated from spec/tat/2020-10-28/actions/DescribeInvokers.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeInvokers`.

use tat_model::{ErrorCode, DescribeInvokersRequest, DescribeInvokersResponse};

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
///     .filters([tat_client::Filter::new("invoker-id", ["ivk-b7s3qa5l"])])
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

    /// Sets `InvokerIds`: Executor ID list. The maximum per request is 100. Parameters must not be specified simultaneously InvokerIds and Filters.
    pub fn invoker_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.invoker_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `InvokerIds` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_invoker_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.invoker_ids = value;
        self
    }

    /// Sets `Filters`: Filter criteria:. The maximum number of Filters per request is 10, and that of Filter.Values is 5. the InvokerIds and Filters parameters cannot be specified at the same time.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_invokers::filters`]):
    /// - `invoker-id` ([`INVOKER_ID`](tat_model::actions::describe_invokers::filters::INVOKER_ID)): (filter condition) filter by executor id.
    /// - `command-id` ([`COMMAND_ID`](tat_model::actions::describe_invokers::filters::COMMAND_ID)): (filter condition) filters commands by id. you can obtain the id through the DescribeCommands (query command details) api.
    /// - `invoker-type` ([`INVOKER_TYPE`](tat_model::actions::describe_invokers::filters::INVOKER_TYPE)): (filter condition) filter by the executor type. currently only support SCHEDULE.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears `Filters` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets `Limit`: Number of returned results. Default value: 20. Maximum value: 100.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears `Limit` from an `Option`, for members set conditionally: `None` leaves it out of the request.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets `Offset`: Offset. Default value: 0.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears `Offset` from an `Option`, for members set conditionally: `None` leaves it out of the request.
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
        self.client.send::<tat_model::DescribeInvokers>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<tat_model::DescribeInvokers> {
        self.client.paginate::<tat_model::DescribeInvokers>(self.request)
    }
}
