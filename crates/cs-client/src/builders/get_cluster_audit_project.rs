// @generated from spec/cs/2015-12-15/actions/GetClusterAuditProject.json by `cargo xtask codegen`; do not edit.
//! The builder of `GetClusterAuditProject`.

use cs_model::ErrorCode;
use cs_model::actions::get_cluster_audit_project::{
    GetClusterAuditProject, GetClusterAuditProjectRequest, GetClusterAuditProjectResponse,
};

/// Builds and sends `GetClusterAuditProject`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct GetClusterAuditProjectBuilder {
    client: sdk_runtime::ServiceClient,
    request: GetClusterAuditProjectRequest,
}

impl GetClusterAuditProjectBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: GetClusterAuditProjectRequest::default(),
        }
    }

    /// Sets [`Clusterid`](GetClusterAuditProjectRequest::clusterid).
    ///
    /// Required.
    pub fn clusterid(mut self, value: impl Into<String>) -> Self {
        self.request.clusterid = Some(value.into());
        self
    }

    /// Sets or clears [`Clusterid`](GetClusterAuditProjectRequest::clusterid): `None` leaves it out.
    pub fn set_clusterid(mut self, value: Option<String>) -> Self {
        self.request.clusterid = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &GetClusterAuditProjectRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: GetClusterAuditProjectRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<GetClusterAuditProjectResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<GetClusterAuditProject>(&self.request).await
    }
}
