// @generated from spec/eflo-controller/2022-12-15/actions/DescribeSendFileResults.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeSendFileResults`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_send_file_results::{
    DescribeSendFileResults, DescribeSendFileResultsRequest,
    DescribeSendFileResultsResponse,
};

/// Builds and sends `DescribeSendFileResults`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeSendFileResultsBuilder<M = ()> {
    client: sdk_runtime::ServiceClient,
    request: DescribeSendFileResultsRequest,
    mode: M,
}

impl DescribeSendFileResultsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeSendFileResultsRequest::default(),
            mode: (),
        }
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeSendFileResultsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeSendFileResults>(&self.request).await
    }
}

impl<M> DescribeSendFileResultsBuilder<M> {
    /// Sets [`InvokeId`](DescribeSendFileResultsRequest::invoke_id): The command execution ID.
    ///
    /// Required.
    pub fn invoke_id(mut self, value: impl Into<String>) -> Self {
        self.request.invoke_id = Some(value.into());
        self
    }

    /// Sets or clears [`InvokeId`](DescribeSendFileResultsRequest::invoke_id): `None` leaves it out.
    pub fn set_invoke_id(mut self, value: Option<String>) -> Self {
        self.request.invoke_id = value;
        self
    }

    /// Sets [`NodeId`](DescribeSendFileResultsRequest::node_id): The node ID.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](DescribeSendFileResultsRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeSendFileResultsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeSendFileResultsRequest) -> Self {
        self.request = request;
        self
    }
}

impl DescribeSendFileResultsBuilder {
    pub(crate) fn waiting(
        self,
        waiter: sdk_runtime::Waiting,
    ) -> DescribeSendFileResultsBuilder<sdk_runtime::Waiting> {
        DescribeSendFileResultsBuilder {
            client: self.client,
            request: self.request,
            mode: waiter,
        }
    }
}

impl DescribeSendFileResultsBuilder<sdk_runtime::Waiting> {
    /// Polls until the waiter's acceptors end the wait, for at most `max_wait`:
    /// the final answer, or why the wait ended without success.
    pub async fn wait(
        self,
        max_wait: std::time::Duration,
    ) -> Result<
        DescribeSendFileResultsResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeSendFileResultsResponse>,
    > {
        self.wait_with(sdk_runtime::WaitOptions::new(max_wait)).await
    }

    /// [`wait`](Self::wait) with options: delays, a clock, a progress callback.
    pub async fn wait_with(
        self,
        options: sdk_runtime::WaitOptions,
    ) -> Result<
        DescribeSendFileResultsResponse,
        sdk_runtime::WaiterError<ErrorCode, DescribeSendFileResultsResponse>,
    > {
        self.client
            .wait::<DescribeSendFileResults>(self.mode.0, &self.request, &options)
            .await
    }
}
