// @generated from spec/cs/2015-12-15/actions/GetClusterCheck.json by `cargo xtask codegen`; do not edit.
//! The builder of `GetClusterCheck`.

use cs_model::ErrorCode;
use cs_model::actions::get_cluster_check::{
    GetClusterCheck, GetClusterCheckRequest, GetClusterCheckResponse,
};

/// Builds and sends `GetClusterCheck`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct GetClusterCheckBuilder {
    client: sdk_runtime::ServiceClient,
    request: GetClusterCheckRequest,
}

impl GetClusterCheckBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: GetClusterCheckRequest::default(),
        }
    }

    /// Sets [`ClusterId`](GetClusterCheckRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](GetClusterCheckRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`CheckId`](GetClusterCheckRequest::check_id).
    ///
    /// Required.
    pub fn check_id(mut self, value: impl Into<String>) -> Self {
        self.request.check_id = Some(value.into());
        self
    }

    /// Sets or clears [`CheckId`](GetClusterCheckRequest::check_id): `None` leaves it out.
    pub fn set_check_id(mut self, value: Option<String>) -> Self {
        self.request.check_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &GetClusterCheckRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: GetClusterCheckRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<GetClusterCheckResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<GetClusterCheck>(&self.request).await
    }
}
