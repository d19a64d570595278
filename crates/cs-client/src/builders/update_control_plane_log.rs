// @generated from spec/cs/2015-12-15/actions/UpdateControlPlaneLog.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateControlPlaneLog`.

use cs_model::ErrorCode;
use cs_model::actions::update_control_plane_log::{
    UpdateControlPlaneLog, UpdateControlPlaneLogRequest, UpdateControlPlaneLogResponse,
};

/// Builds and sends `UpdateControlPlaneLog`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateControlPlaneLogBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateControlPlaneLogRequest,
}

impl UpdateControlPlaneLogBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateControlPlaneLogRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateControlPlaneLogRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateControlPlaneLogRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`aliuid`](UpdateControlPlaneLogRequest::aliuid): The Alibaba Cloud account ID.
    pub fn aliuid(mut self, value: impl Into<String>) -> Self {
        self.request.aliuid = Some(value.into());
        self
    }

    /// Sets or clears [`aliuid`](UpdateControlPlaneLogRequest::aliuid): `None` leaves it out.
    pub fn set_aliuid(mut self, value: Option<String>) -> Self {
        self.request.aliuid = value;
        self
    }

    /// Sets [`components`](UpdateControlPlaneLogRequest::components): The list of components for which control plane logging is enabled.
    pub fn components(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.components = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`components`](UpdateControlPlaneLogRequest::components): `None` leaves it out.
    pub fn set_components(mut self, value: Option<Vec<String>>) -> Self {
        self.request.components = value;
        self
    }

    /// Sets [`log_project`](UpdateControlPlaneLogRequest::log_project): The name of the SLS project where control plane component logs are stored.
    pub fn log_project(mut self, value: impl Into<String>) -> Self {
        self.request.log_project = Some(value.into());
        self
    }

    /// Sets or clears [`log_project`](UpdateControlPlaneLogRequest::log_project): `None` leaves it out.
    pub fn set_log_project(mut self, value: Option<String>) -> Self {
        self.request.log_project = value;
        self
    }

    /// Sets [`log_ttl`](UpdateControlPlaneLogRequest::log_ttl): The retention period of logs in the SLS Logstore.
    pub fn log_ttl(mut self, value: impl Into<String>) -> Self {
        self.request.log_ttl = Some(value.into());
        self
    }

    /// Sets or clears [`log_ttl`](UpdateControlPlaneLogRequest::log_ttl): `None` leaves it out.
    pub fn set_log_ttl(mut self, value: Option<String>) -> Self {
        self.request.log_ttl = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateControlPlaneLogRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateControlPlaneLogRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateControlPlaneLogResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateControlPlaneLog>(&self.request).await
    }
}
