// @generated from spec/cs/2015-12-15/actions/CleanClusterUserPermissions.json by `cargo xtask codegen`; do not edit.
//! The builder of `CleanClusterUserPermissions`.

use cs_model::ErrorCode;
use cs_model::actions::clean_cluster_user_permissions::{
    CleanClusterUserPermissions, CleanClusterUserPermissionsRequest,
    CleanClusterUserPermissionsResponse,
};

/// Builds and sends `CleanClusterUserPermissions`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CleanClusterUserPermissionsBuilder {
    client: sdk_runtime::ServiceClient,
    request: CleanClusterUserPermissionsRequest,
}

impl CleanClusterUserPermissionsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CleanClusterUserPermissionsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CleanClusterUserPermissionsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CleanClusterUserPermissionsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`Uid`](CleanClusterUserPermissionsRequest::uid).
    ///
    /// Required.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.request.uid = Some(value.into());
        self
    }

    /// Sets or clears [`Uid`](CleanClusterUserPermissionsRequest::uid): `None` leaves it out.
    pub fn set_uid(mut self, value: Option<String>) -> Self {
        self.request.uid = value;
        self
    }

    /// Sets [`Force`](CleanClusterUserPermissionsRequest::force): Specifies whether to force delete the specified KubeConfig.
    pub fn force(mut self, value: bool) -> Self {
        self.request.force = Some(value);
        self
    }

    /// Sets or clears [`Force`](CleanClusterUserPermissionsRequest::force): `None` leaves it out.
    pub fn set_force(mut self, value: Option<bool>) -> Self {
        self.request.force = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CleanClusterUserPermissionsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CleanClusterUserPermissionsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CleanClusterUserPermissionsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CleanClusterUserPermissions>(&self.request).await
    }
}
