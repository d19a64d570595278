// @generated from spec/eflo-controller/2022-12-15/actions/DescribeInvocations.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeInvocations`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_invocations::{
    DescribeInvocations, DescribeInvocationsRequest, DescribeInvocationsResponse,
};

/// Builds and sends `DescribeInvocations`: 查询运维助手命令的执行列表和状态。
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
}

impl<M> DescribeInvocationsBuilder<M> {
    /// Sets [`ContentEncoding`](DescribeInvocationsRequest::content_encoding): The encoding method for the CommandContent and Output fields in the response.
    pub fn content_encoding(
        mut self,
        value: impl Into<eflo_controller_model::types::ContentEncoding>,
    ) -> Self {
        self.request.content_encoding = Some(value.into());
        self
    }

    /// Sets or clears [`ContentEncoding`](DescribeInvocationsRequest::content_encoding): `None` leaves it out.
    pub fn set_content_encoding(
        mut self,
        value: Option<eflo_controller_model::types::ContentEncoding>,
    ) -> Self {
        self.request.content_encoding = value;
        self
    }

    /// Sets [`IncludeOutput`](DescribeInvocationsRequest::include_output): Specifies whether to return the command output in the results.
    pub fn include_output(mut self, value: bool) -> Self {
        self.request.include_output = Some(value);
        self
    }

    /// Sets or clears [`IncludeOutput`](DescribeInvocationsRequest::include_output): `None` leaves it out.
    pub fn set_include_output(mut self, value: Option<bool>) -> Self {
        self.request.include_output = value;
        self
    }

    /// Sets [`InvokeId`](DescribeInvocationsRequest::invoke_id): The command execution ID.
    ///
    /// Required.
    pub fn invoke_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoke_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvokeId`](DescribeInvocationsRequest::invoke_id): `None` leaves it out.
    pub fn set_invoke_id(mut self, value: Option<String>) -> Self {
        self.request.invoke_id = value;
        self
    }

    /// Sets [`NodeId`](DescribeInvocationsRequest::node_id): The instance ID.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](DescribeInvocationsRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
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
