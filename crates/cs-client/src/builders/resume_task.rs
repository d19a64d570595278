// @generated from spec/cs/2015-12-15/actions/ResumeTask.json by `cargo xtask codegen`; do not edit.
//! The builder of `ResumeTask`.

use cs_model::ErrorCode;
use cs_model::actions::resume_task::{ResumeTask, ResumeTaskRequest, ResumeTaskResponse};

/// Builds and sends `ResumeTask`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ResumeTaskBuilder {
    client: sdk_runtime::ServiceClient,
    request: ResumeTaskRequest,
}

impl ResumeTaskBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ResumeTaskRequest::default(),
        }
    }

    /// Sets [`TaskId`](ResumeTaskRequest::task_id).
    ///
    /// Required.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.request.task_id = Some(value.into());
        self
    }

    /// Sets or clears [`TaskId`](ResumeTaskRequest::task_id): `None` leaves it out.
    pub fn set_task_id(mut self, value: Option<String>) -> Self {
        self.request.task_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ResumeTaskRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ResumeTaskRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ResumeTaskResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ResumeTask>(&self.request).await
    }
}
