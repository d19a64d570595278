// @generated from spec/tat/2020-10-28/actions/DescribeAutomationAgentStatus.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeAutomationAgentStatus`.

use tat_model::ErrorCode;
use tat_model::actions::describe_automation_agent_status::{
    DescribeAutomationAgentStatus, DescribeAutomationAgentStatusRequest,
    DescribeAutomationAgentStatusResponse,
};

/// Builds and sends `DescribeAutomationAgentStatus`: This API is used to query the status of the TAT agent.
///
/// # Examples
///
/// Query Client Status (the documented example):
///
/// ```no_run
/// # async fn example(client: tat_client::Client) -> Result<(), tat_client::SdkError<tat_client::ErrorCode>> {
/// let answer = client
///     .describe_automation_agent_status()
///     .instance_ids(["lhins-ar5wyn4x"])
///     .send()
///     .await?;
/// println!("{answer:?}");
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeAutomationAgentStatusBuilder<M = ()> {
    client: sdk_runtime::ServiceClient,
    request: DescribeAutomationAgentStatusRequest,
    mode: M,
}

impl DescribeAutomationAgentStatusBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeAutomationAgentStatusRequest::default(),
            mode: (),
        }
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<
        DescribeAutomationAgentStatusResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<DescribeAutomationAgentStatus>(&self.request).await
    }

    /// Pages through every result from the request's offset: `.pages()` or
    /// `.items()`, each a `Stream`.
    pub fn into_paginator(
        self,
    ) -> sdk_runtime::Paginator<DescribeAutomationAgentStatus> {
        self.client.paginate::<DescribeAutomationAgentStatus>(self.request)
    }
}

impl<M> DescribeAutomationAgentStatusBuilder<M> {
    /// Sets [`InstanceIds`](DescribeAutomationAgentStatusRequest::instance_ids): List of instance ids to be queried.
    pub fn instance_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instance_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`InstanceIds`](DescribeAutomationAgentStatusRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`Filters`](DescribeAutomationAgentStatusRequest::filters): The maximum number of `Filters` per request is 10, and that of `Filter.Values` is 5.
    ///
    /// Filter names (constants in [`tat_model::actions::describe_automation_agent_status::filters`]):
    /// - `agent-status` ([`AGENT_STATUS`](tat_model::actions::describe_automation_agent_status::filters::AGENT_STATUS)): (filter condition) filters by agent status. valid values: Online, Offline.
    /// - `environment` ([`ENVIRONMENT`](tat_model::actions::describe_automation_agent_status::filters::ENVIRONMENT)): (filter condition) query by agent runtime environment. valid values: Linux, Windows.
    /// - `instance-id` ([`INSTANCE_ID`](tat_model::actions::describe_automation_agent_status::filters::INSTANCE_ID)): (filter condition) filter by instance id. you can get the instance id through the query instance API of the corresponding cloud services. currently supports instance types: CVM, Lighthouse, and managed instances.
    ///
    /// At most 5 values per filter.
    pub fn filters(
        mut self,
        value: impl IntoIterator<Item = impl Into<tat_model::types::Filter>>,
    ) -> Self {
        self.request.filters = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Filters`](DescribeAutomationAgentStatusRequest::filters): `None` leaves it out.
    pub fn set_filters(mut self, value: Option<Vec<tat_model::types::Filter>>) -> Self {
        self.request.filters = value;
        self
    }

    /// Sets [`Limit`](DescribeAutomationAgentStatusRequest::limit): Number of returned results.
    pub fn limit(mut self, value: u64) -> Self {
        self.request.limit = Some(value);
        self
    }

    /// Sets or clears [`Limit`](DescribeAutomationAgentStatusRequest::limit): `None` leaves it out.
    pub fn set_limit(mut self, value: Option<u64>) -> Self {
        self.request.limit = value;
        self
    }

    /// Sets [`Offset`](DescribeAutomationAgentStatusRequest::offset): Offset.
    pub fn offset(mut self, value: u64) -> Self {
        self.request.offset = Some(value);
        self
    }

    /// Sets or clears [`Offset`](DescribeAutomationAgentStatusRequest::offset): `None` leaves it out.
    pub fn set_offset(mut self, value: Option<u64>) -> Self {
        self.request.offset = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeAutomationAgentStatusRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: DescribeAutomationAgentStatusRequest,
    ) -> Self {
        self.request = request;
        self
    }
}

impl DescribeAutomationAgentStatusBuilder {
    pub(crate) fn waiting(
        self,
        waiter: sdk_runtime::Waiting,
    ) -> DescribeAutomationAgentStatusBuilder<sdk_runtime::Waiting> {
        DescribeAutomationAgentStatusBuilder {
            client: self.client,
            request: self.request,
            mode: waiter,
        }
    }
}

impl DescribeAutomationAgentStatusBuilder<sdk_runtime::Waiting> {
    /// Polls until the waiter's acceptors end the wait, for at most `max_wait`:
    /// the final answer, or why the wait ended without success.
    pub async fn wait(
        self,
        max_wait: std::time::Duration,
    ) -> Result<
        DescribeAutomationAgentStatusResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeAutomationAgentStatusResponse>,
    > {
        self.wait_with(sdk_runtime::WaitOptions::new(max_wait)).await
    }

    /// [`wait`](Self::wait) with options: delays, a clock, a progress callback.
    pub async fn wait_with(
        self,
        options: sdk_runtime::WaitOptions,
    ) -> Result<
        DescribeAutomationAgentStatusResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeAutomationAgentStatusResponse>,
    > {
        self.client
            .wait::<DescribeAutomationAgentStatus>(self.mode.0, &self.request, &options)
            .await
    }
}
