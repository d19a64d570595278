// @generated from spec/cs/2015-12-15/actions/CleanUserPermissions.json by `cargo xtask codegen`; do not edit.
//! The builder of `CleanUserPermissions`.

use cs_model::ErrorCode;
use cs_model::actions::clean_user_permissions::{
    CleanUserPermissions, CleanUserPermissionsRequest, CleanUserPermissionsResponse,
};

/// Builds and sends `CleanUserPermissions`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CleanUserPermissionsBuilder {
    client: sdk_runtime::ServiceClient,
    request: CleanUserPermissionsRequest,
}

impl CleanUserPermissionsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CleanUserPermissionsRequest::default(),
        }
    }

    /// Sets [`Uid`](CleanUserPermissionsRequest::uid).
    ///
    /// Required.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.request.uid = Some(value.into());
        self
    }

    /// Sets or clears [`Uid`](CleanUserPermissionsRequest::uid): `None` leaves it out.
    pub fn set_uid(mut self, value: Option<String>) -> Self {
        self.request.uid = value;
        self
    }

    /// Sets [`ClusterIds`](CleanUserPermissionsRequest::cluster_ids): The list of cluster IDs.
    pub fn cluster_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.cluster_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`ClusterIds`](CleanUserPermissionsRequest::cluster_ids): `None` leaves it out.
    pub fn set_cluster_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.cluster_ids = value;
        self
    }

    /// Sets [`Force`](CleanUserPermissionsRequest::force): Specifies whether to force delete the specified KubeConfig.
    pub fn force(mut self, value: bool) -> Self {
        self.request.force = Some(value);
        self
    }

    /// Sets or clears [`Force`](CleanUserPermissionsRequest::force): `None` leaves it out.
    pub fn set_force(mut self, value: Option<bool>) -> Self {
        self.request.force = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CleanUserPermissionsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CleanUserPermissionsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CleanUserPermissionsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CleanUserPermissions>(&self.request).await
    }
}
