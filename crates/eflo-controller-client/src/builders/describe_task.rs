// @generated from spec/eflo-controller/2022-12-15/actions/DescribeTask.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeTask`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_task::{
    DescribeTask, DescribeTaskRequest, DescribeTaskResponse,
};

/// Builds and sends `DescribeTask`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeTaskBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeTaskRequest,
}

impl DescribeTaskBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeTaskRequest::default(),
        }
    }

    /// Sets [`TaskId`](DescribeTaskRequest::task_id): The node ID.
    ///
    /// Required.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.request.task_id = Some(value.into());
        self
    }

    /// Sets or clears [`TaskId`](DescribeTaskRequest::task_id): `None` leaves it out.
    pub fn set_task_id(mut self, value: Option<String>) -> Self {
        self.request.task_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeTaskRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeTaskRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeTaskResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeTask>(&self.request).await
    }
}
