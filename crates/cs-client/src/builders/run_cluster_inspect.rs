// @generated from spec/cs/2015-12-15/actions/RunClusterInspect.json by `cargo xtask codegen`; do not edit.
//! The builder of `RunClusterInspect`.

use cs_model::ErrorCode;
use cs_model::actions::run_cluster_inspect::{
    RunClusterInspect, RunClusterInspectRequest, RunClusterInspectResponse,
};

/// Builds and sends `RunClusterInspect`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RunClusterInspectBuilder {
    client: sdk_runtime::ServiceClient,
    request: RunClusterInspectRequest,
}

impl RunClusterInspectBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RunClusterInspectRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RunClusterInspectRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RunClusterInspectRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`clientToken`](RunClusterInspectRequest::client_token): The idempotency token.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.request.client_token = Some(value.into());
        self
    }

    /// Sets or clears [`clientToken`](RunClusterInspectRequest::client_token): `None` leaves it out.
    pub fn set_client_token(mut self, value: Option<String>) -> Self {
        self.request.client_token = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RunClusterInspectRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RunClusterInspectRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RunClusterInspectResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RunClusterInspect>(&self.request).await
    }
}
