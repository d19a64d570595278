// @generated from spec/cs/2015-12-15/actions/UpdateK8sClusterUserConfigExpire.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateK8sClusterUserConfigExpire`.

use cs_model::ErrorCode;
use cs_model::actions::update_k8s_cluster_user_config_expire::{
    UpdateK8sClusterUserConfigExpire, UpdateK8sClusterUserConfigExpireRequest,
    UpdateK8sClusterUserConfigExpireResponse,
};

/// Builds and sends `UpdateK8sClusterUserConfigExpire`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateK8sClusterUserConfigExpireBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateK8sClusterUserConfigExpireRequest,
}

impl UpdateK8sClusterUserConfigExpireBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateK8sClusterUserConfigExpireRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateK8sClusterUserConfigExpireRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateK8sClusterUserConfigExpireRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`expire_hour`](UpdateK8sClusterUserConfigExpireRequest::expire_hour): The custom expiration time.
    ///
    /// Required.
    pub fn expire_hour(mut self, value: i64) -> Self {
        self.request.expire_hour = Some(value);
        self
    }

    /// Sets or clears [`expire_hour`](UpdateK8sClusterUserConfigExpireRequest::expire_hour): `None` leaves it out.
    pub fn set_expire_hour(mut self, value: Option<i64>) -> Self {
        self.request.expire_hour = value;
        self
    }

    /// Sets [`user`](UpdateK8sClusterUserConfigExpireRequest::user): The Resource Access Management (RAM) user ID.
    ///
    /// Required.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.request.user = Some(value.into());
        self
    }

    /// Sets or clears [`user`](UpdateK8sClusterUserConfigExpireRequest::user): `None` leaves it out.
    pub fn set_user(mut self, value: Option<String>) -> Self {
        self.request.user = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateK8sClusterUserConfigExpireRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: UpdateK8sClusterUserConfigExpireRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        UpdateK8sClusterUserConfigExpireResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<UpdateK8sClusterUserConfigExpire>(&self.request).await
    }
}
