// @generated from spec/tat/2020-10-28/actions/DescribeInvocationTasks.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeInvocationTasks`.

use tat_model::ErrorCode;
use tat_model::actions::describe_invocation_tasks::{
    DescribeInvocationTasks, DescribeInvocationTasksRequest,
    DescribeInvocationTasksResponse,
};

/// Builds and sends `DescribeInvocationTasks`: This API is used to query execution task details.
///
/// # Examples
///
/// Query All Task Execution Details Based on Execution Activity ID (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_invocation_tasks()
///     .offset(0)
///     .limit(10)
///     .hide_output(false)
///     .filters([tat_client::types::Filter::new("invocation-id", ["inv-1vll7hda"])])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeInvocationTasksBuilder<M = ()> {
    client: sdk_runtime::ServiceClient,
    request: DescribeInvocationTasksRequest,
    mode: M,
}

impl DescribeInvocationTasksBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeInvocationTasksRequest::default(),
            mode: (),
        }
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeInvocationTasksResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeInvocationTasks>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(self) -> sdk_runtime::Paginator<DescribeInvocationTasks> {
        self.client.paginate::<DescribeInvocationTasks>(self.request)
    }
}

impl<M> DescribeInvocationTasksBuilder<M> {
    /// Sets [`InvocationTaskIds`](DescribeInvocationTasksRequest::invocation_task_ids): List of execution task IDs.
    pub fn invocation_task_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.invocation_task_ids = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`InvocationTaskIds`](DescribeInvocationTasksRequest::invocation_task_ids): `None` leaves it out.
    pub fn set_invocation_task_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.invocation_task_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeInvocationTasksRequest::filters): Filter conditions.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_invocation_tasks::filters`]):
    /// - `invocation-task-id` ([`INVOCATION_TASK_ID`](tat_model::actions::describe_invocation_tasks::filters::INVOCATION_TASK_ID)): (filter condition) filter by executing task id.
    /// - `invocation-id` ([`INVOCATION_ID`](tat_model::actions::describe_invocation_tasks::filters::INVOCATION_ID)): (filter condition) filter by the execution activity id. you can obtain it through the [DescribeInvocations](https://www.tencentcloud.com/document/api/1340/52679?from_cn_redirect=1) api.
    /// - `instance-id` ([`INSTANCE_ID`](tat_model::actions::describe_invocation_tasks::filters::INSTANCE_ID)): (filtering conditions) filter by instance id. you can get the instance id through the query instance interface of corresponding cloud services. currently supported instance types: CVM, Lighthouse, and managed instances of TAT.
    /// - `command-id` ([`COMMAND_ID`](tat_model::actions::describe_invocation_tasks::filters::COMMAND_ID)): (filter criteria) filter by command id. obtain through the api [DescribeCommands (query command details)](https://www.tencentcloud.com/document/api/1340/52681?from_cn_redirect=1).
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeInvocationTasksRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Limit`](DescribeInvocationTasksRequest::limit): Number of returned results.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeInvocationTasksRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeInvocationTasksRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeInvocationTasksRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// Sets [`HideOutput`](DescribeInvocationTasksRequest::hide_output): Whether to hide the command output result.
    pub fn hide_output(mut self, value: bool) -> Self {
        self.request.hide_output = Some(value);
        self
    }

    /// Sets or clears [`HideOutput`](DescribeInvocationTasksRequest::hide_output): `None` leaves it out.
    pub fn set_hide_output(mut self, value: Option<bool>) -> Self {
        self.request.hide_output = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeInvocationTasksRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeInvocationTasksRequest) -> Self {
        self.request = request;
        self
    }
}

impl DescribeInvocationTasksBuilder {
    pub(crate) fn waiting(
        self,
        waiter: sdk_runtime::Waiting,
    ) -> DescribeInvocationTasksBuilder<sdk_runtime::Waiting> {
        DescribeInvocationTasksBuilder {
            client: self.client,
            request: self.request,
            mode: waiter,
        }
    }
}

impl DescribeInvocationTasksBuilder<sdk_runtime::Waiting> {
    /// Polls until the waiter's acceptors end the wait, for at most `max_wait`:
    /// the final answer, or why the wait ended without success.
    pub async fn wait(
        self,
        max_wait: std::time::Duration,
    ) -> Result<
        DescribeInvocationTasksResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeInvocationTasksResponse>,
    > {
        self.wait_with(sdk_runtime::WaitOptions::new(max_wait)).await
    }

    /// [`wait`](Self::wait) with options: delays, a clock, a progress callback.
    pub async fn wait_with(
        self,
        options: sdk_runtime::WaitOptions,
    ) -> Result<
        DescribeInvocationTasksResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeInvocationTasksResponse>,
    > {
        self.client
            .wait::<DescribeInvocationTasks>(self.mode.0, &self.request, &options)
            .await
    }
}
