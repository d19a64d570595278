// @generated from spec/cs/2015-12-15/actions/CancelTask.json by `cargo xtask codegen`; do not edit.
//! The builder of `CancelTask`.

use cs_model::ErrorCode;
use cs_model::actions::cancel_task::{CancelTask, CancelTaskRequest, CancelTaskResponse};

/// Builds and sends `CancelTask`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CancelTaskBuilder {
    client: sdk_runtime::ServiceClient,
    request: CancelTaskRequest,
}

impl CancelTaskBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CancelTaskRequest::default(),
        }
    }

    /// Sets [`TaskId`](CancelTaskRequest::task_id).
    ///
    /// Required.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.request.task_id = Some(value.into());
        self
    }

    /// Sets or clears [`TaskId`](CancelTaskRequest::task_id): `None` leaves it out.
    pub fn set_task_id(mut self, value: Option<String>) -> Self {
        self.request.task_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CancelTaskRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CancelTaskRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CancelTaskResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CancelTask>(&self.request).await
    }
}
