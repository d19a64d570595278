// @generated from spec/cs/2015-12-15/actions/ModifyNodePoolNodeConfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyNodePoolNodeConfig`.

use cs_model::ErrorCode;
use cs_model::actions::modify_node_pool_node_config::{
    ModifyNodePoolNodeConfig, ModifyNodePoolNodeConfigRequest,
    ModifyNodePoolNodeConfigResponse,
};

/// Builds and sends `ModifyNodePoolNodeConfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyNodePoolNodeConfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyNodePoolNodeConfigRequest,
}

impl ModifyNodePoolNodeConfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyNodePoolNodeConfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ModifyNodePoolNodeConfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ModifyNodePoolNodeConfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](ModifyNodePoolNodeConfigRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](ModifyNodePoolNodeConfigRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`containerd_config`](ModifyNodePoolNodeConfigRequest::containerd_config): The containerd runtime configuration.
    pub fn containerd_config(
        mut self,
        value: impl Into<cs_model::types::ContainerdConfig>,
    ) -> Self {
        self.request.containerd_config = Some(value.into());
        self
    }

    /// Sets or clears [`containerd_config`](ModifyNodePoolNodeConfigRequest::containerd_config): `None` leaves it out.
    pub fn set_containerd_config(
        mut self,
        value: Option<cs_model::types::ContainerdConfig>,
    ) -> Self {
        self.request.containerd_config = value;
        self
    }

    /// Sets [`kubelet_config`](ModifyNodePoolNodeConfigRequest::kubelet_config): The kubelet parameter settings.
    pub fn kubelet_config(
        mut self,
        value: impl Into<cs_model::types::KubeletConfig>,
    ) -> Self {
        self.request.kubelet_config = Some(value.into());
        self
    }

    /// Sets or clears [`kubelet_config`](ModifyNodePoolNodeConfigRequest::kubelet_config): `None` leaves it out.
    pub fn set_kubelet_config(
        mut self,
        value: Option<cs_model::types::KubeletConfig>,
    ) -> Self {
        self.request.kubelet_config = value;
        self
    }

    /// Sets [`node_names`](ModifyNodePoolNodeConfigRequest::node_names): The list of nodes to upgrade.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_names`](ModifyNodePoolNodeConfigRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`os_config`](ModifyNodePoolNodeConfigRequest::os_config): The operating system parameter settings.
    pub fn os_config(mut self, value: impl Into<cs_model::types::OsConfig>) -> Self {
        self.request.os_config = Some(value.into());
        self
    }

    /// Sets or clears [`os_config`](ModifyNodePoolNodeConfigRequest::os_config): `None` leaves it out.
    pub fn set_os_config(mut self, value: Option<cs_model::types::OsConfig>) -> Self {
        self.request.os_config = value;
        self
    }

    /// Sets [`rolling_policy`](ModifyNodePoolNodeConfigRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::ModifyNodePoolNodeConfigRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rolling_policy`](ModifyNodePoolNodeConfigRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::ModifyNodePoolNodeConfigRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyNodePoolNodeConfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyNodePoolNodeConfigRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyNodePoolNodeConfigResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyNodePoolNodeConfig>(&self.request).await
    }
}
