// @generated from spec/cs/2015-12-15/actions/ModifyClusterAddon.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyClusterAddon`.

use cs_model::ErrorCode;
use cs_model::actions::modify_cluster_addon::{
    ModifyClusterAddon, ModifyClusterAddonRequest, ModifyClusterAddonResponse,
};

/// Builds and sends `ModifyClusterAddon`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyClusterAddonBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyClusterAddonRequest,
}

impl ModifyClusterAddonBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyClusterAddonRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ModifyClusterAddonRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ModifyClusterAddonRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`ComponentId`](ModifyClusterAddonRequest::component_id).
    ///
    /// Required.
    pub fn component_id(mut self, value: impl Into<String>) -> Self {
        self.request.component_id = Some(value.into());
        self
    }

    /// Sets or clears [`ComponentId`](ModifyClusterAddonRequest::component_id): `None` leaves it out.
    pub fn set_component_id(mut self, value: Option<String>) -> Self {
        self.request.component_id = value;
        self
    }

    /// Sets [`config`](ModifyClusterAddonRequest::config): The custom parameter settings.
    pub fn config(mut self, value: impl Into<String>) -> Self {
        self.request.config = Some(value.into());
        self
    }

    /// Sets or clears [`config`](ModifyClusterAddonRequest::config): `None` leaves it out.
    pub fn set_config(mut self, value: Option<String>) -> Self {
        self.request.config = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyClusterAddonRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyClusterAddonRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyClusterAddonResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyClusterAddon>(&self.request).await
    }
}
