// @generated from spec/cs/2015-12-15/actions/DescribeTaskInfo.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeTaskInfo`.

use cs_model::ErrorCode;
use cs_model::actions::describe_task_info::{
    DescribeTaskInfo, DescribeTaskInfoRequest, DescribeTaskInfoResponse,
};

/// Builds and sends `DescribeTaskInfo`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeTaskInfoBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeTaskInfoRequest,
}

impl DescribeTaskInfoBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeTaskInfoRequest::default(),
        }
    }

    /// Sets [`TaskId`](DescribeTaskInfoRequest::task_id).
    ///
    /// Required.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.request.task_id = Some(value.into());
        self
    }

    /// Sets or clears [`TaskId`](DescribeTaskInfoRequest::task_id): `None` leaves it out.
    pub fn set_task_id(mut self, value: Option<String>) -> Self {
        self.request.task_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeTaskInfoRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeTaskInfoRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeTaskInfoResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeTaskInfo>(&self.request).await
    }
}
