// @generated from spec/tat/2020-10-28/actions/DescribeInvocations.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeInvocations`.

use tat_model::ErrorCode;
use tat_model::actions::describe_invocations::{
    DescribeInvocations, DescribeInvocationsRequest, DescribeInvocationsResponse,
};

/// Builds and sends `DescribeInvocations`: This API is used to query execution activity details.
///
/// # Examples
///
/// Query Execution Activity (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_invocations()
///     .offset(0)
///     .limit(1)
///     .invocation_ids(["inv-q4zp60g0"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeInvocationsBuilder<M = ()> {
    client: sdk_runtime::ServiceClient,
    request: DescribeInvocationsRequest,
    mode: M,
}

impl DescribeInvocationsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeInvocationsRequest::default(),
            mode: (),
        }
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeInvocationsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeInvocations>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeInvocations> {
        self.client.paginate::<DescribeInvocations>(self.request)
    }
}

impl<M> DescribeInvocationsBuilder<M> {
    /// Sets [`InvocationIds`](DescribeInvocationsRequest::invocation_ids): List of execution activity IDs.
    pub fn invocation_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.invocation_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InvocationIds`](DescribeInvocationsRequest::invocation_ids): `None` leaves it out.
    pub fn set_invocation_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.invocation_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeInvocationsRequest::filters): Filter conditions.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_invocations::filters`]):
    /// - `invocation-id` ([`INVOCATION_ID`](tat_model::actions::describe_invocations::filters::INVOCATION_ID)): (filter condition) filter by execution activity id.
    /// - `command-id` ([`COMMAND_ID`](tat_model::actions::describe_invocations::filters::COMMAND_ID)): (filter condition) filter by command id.
    /// - `command-created-by` ([`COMMAND_CREATED_BY`](tat_model::actions::describe_invocations::filters::COMMAND_CREATED_BY)): (filter criteria) filter by executed command type. valid values: TAT or USER. TAT represents public command, USER represents USER created command.
    /// - `instance-kind` ([`INSTANCE_KIND`](tat_model::actions::describe_invocations::filters::INSTANCE_KIND)): (filtering conditions) filter by running instance type. valid values: CVM or LIGHTHOUSE. CVM represents cloud virtual machine, LIGHTHOUSE represents tencent cloud LIGHTHOUSE.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeInvocationsRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Limit`](DescribeInvocationsRequest::limit): Number of returned results.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeInvocationsRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeInvocationsRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeInvocationsRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeInvocationsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeInvocationsRequest) -> Self {
        self.request = request;
        self
    }
}

impl DescribeInvocationsBuilder {
    pub(crate) fn waiting(
        self,
        waiter: sdk_runtime::Waiting,
    ) -> DescribeInvocationsBuilder<sdk_runtime::Waiting> {
        DescribeInvocationsBuilder {
            client: self.client,
            request: self.request,
            mode: waiter,
        }
    }
}

impl DescribeInvocationsBuilder<sdk_runtime::Waiting> {
    /// Polls until the waiter's acceptors end the wait, for at most `max_wait`:
    /// the final answer, or why the wait ended without success.
    pub async fn wait(
        self,
        max_wait: std::time::Duration,
    ) -> Result<
        DescribeInvocationsResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeInvocationsResponse>,
    > {
        self.wait_with(sdk_runtime::WaitOptions::new(max_wait)).await
    }

    /// [`wait`](Self::wait) with options: delays, a clock, a progress callback.
    pub async fn wait_with(
        self,
        options: sdk_runtime::WaitOptions,
    ) -> Result<
        DescribeInvocationsResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeInvocationsResponse>,
    > {
        self.client
            .wait::<DescribeInvocations>(self.mode.0, &self.request, &options)
            .await
    }
}
