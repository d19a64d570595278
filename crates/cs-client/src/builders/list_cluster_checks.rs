// @generated from spec/cs/2015-12-15/actions/ListClusterChecks.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListClusterChecks`.

use cs_model::ErrorCode;
use cs_model::actions::list_cluster_checks::{
    ListClusterChecks, ListClusterChecksRequest, ListClusterChecksResponse,
};

/// Builds and sends `ListClusterChecks`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListClusterChecksBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListClusterChecksRequest,
}

impl ListClusterChecksBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListClusterChecksRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListClusterChecksRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListClusterChecksRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`target`](ListClusterChecksRequest::target): Filters specific check objects.
    pub fn target(mut self, value: impl Into<String>) -> Self {
        self.request.target = Some(value.into());
        self
    }

    /// Sets or clears [`target`](ListClusterChecksRequest::target): `None` leaves it out.
    pub fn set_target(mut self, value: Option<String>) -> Self {
        self.request.target = value;
        self
    }

    /// Sets `type`: The check type.
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
    pub fn request(&self) -> &ListClusterChecksRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListClusterChecksRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListClusterChecksResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListClusterChecks>(&self.request).await
    }
}
