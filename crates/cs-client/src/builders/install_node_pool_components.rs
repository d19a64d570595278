// @generated from spec/cs/2015-12-15/actions/InstallNodePoolComponents.json by `cargo xtask codegen`; do not edit.
//! The builder of `InstallNodePoolComponents`.

use cs_model::ErrorCode;
use cs_model::actions::install_node_pool_components::{
    InstallNodePoolComponents, InstallNodePoolComponentsRequest,
    InstallNodePoolComponentsResponse,
};

/// Builds and sends `InstallNodePoolComponents`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct InstallNodePoolComponentsBuilder {
    client: sdk_runtime::ServiceClient,
    request: InstallNodePoolComponentsRequest,
}

impl InstallNodePoolComponentsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: InstallNodePoolComponentsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](InstallNodePoolComponentsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](InstallNodePoolComponentsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodePoolId`](InstallNodePoolComponentsRequest::node_pool_id).
    ///
    /// Required.
    pub fn node_pool_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_pool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodePoolId`](InstallNodePoolComponentsRequest::node_pool_id): `None` leaves it out.
    pub fn set_node_pool_id(mut self, value: Option<String>) -> Self {
        self.request.node_pool_id = value;
        self
    }

    /// Sets [`components`](InstallNodePoolComponentsRequest::components): The list of node components.
    pub fn components(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<cs_model::types::InstallNodePoolComponentsComponents>,
        >,
    ) -> Self {
        self.request.components = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`components`](InstallNodePoolComponentsRequest::components): `None` leaves it out.
    pub fn set_components(
        mut self,
        value: Option<Vec<cs_model::types::InstallNodePoolComponentsComponents>>,
    ) -> Self {
        self.request.components = value;
        self
    }

    /// Sets [`nodeNames`](InstallNodePoolComponentsRequest::node_names): The list of node names specified for the rolling update.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodeNames`](InstallNodePoolComponentsRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`rollingPolicy`](InstallNodePoolComponentsRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::InstallNodePoolComponentsRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rollingPolicy`](InstallNodePoolComponentsRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::InstallNodePoolComponentsRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &InstallNodePoolComponentsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: InstallNodePoolComponentsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<InstallNodePoolComponentsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<InstallNodePoolComponents>(&self.request).await
    }
}
