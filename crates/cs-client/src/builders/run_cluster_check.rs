// @generated from spec/cs/2015-12-15/actions/RunClusterCheck.json by `cargo xtask codegen`; do not edit.
//! The builder of `RunClusterCheck`.

use cs_model::ErrorCode;
use cs_model::actions::run_cluster_check::{
    RunClusterCheck, RunClusterCheckRequest, RunClusterCheckResponse,
};

/// Builds and sends `RunClusterCheck`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RunClusterCheckBuilder {
    client: sdk_runtime::ServiceClient,
    request: RunClusterCheckRequest,
}

impl RunClusterCheckBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RunClusterCheckRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RunClusterCheckRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RunClusterCheckRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`options`](RunClusterCheckRequest::options): The check options.
    pub fn options(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.options = Some(value.into());
        self
    }

    /// Sets or clears [`options`](RunClusterCheckRequest::options): `None` leaves it out.
    pub fn set_options(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.options = value;
        self
    }

    /// Sets [`target`](RunClusterCheckRequest::target): The check target.
    pub fn target(mut self, value: impl Into<String>) -> Self {
        self.request.target = Some(value.into());
        self
    }

    /// Sets or clears [`target`](RunClusterCheckRequest::target): `None` leaves it out.
    pub fn set_target(mut self, value: Option<String>) -> Self {
        self.request.target = value;
        self
    }

    /// Sets `type`: The check type.
    ///
    /// Required.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.request.r#type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RunClusterCheckRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RunClusterCheckRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RunClusterCheckResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RunClusterCheck>(&self.request).await
    }
}
