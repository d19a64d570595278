// @generated from spec/cs/2015-12-15/actions/UpgradeClusterNodepool.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpgradeClusterNodepool`.

use cs_model::ErrorCode;
use cs_model::actions::upgrade_cluster_nodepool::{
    UpgradeClusterNodepool, UpgradeClusterNodepoolRequest, UpgradeClusterNodepoolResponse,
};

/// Builds and sends `UpgradeClusterNodepool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpgradeClusterNodepoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpgradeClusterNodepoolRequest,
}

impl UpgradeClusterNodepoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpgradeClusterNodepoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpgradeClusterNodepoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpgradeClusterNodepoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](UpgradeClusterNodepoolRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](UpgradeClusterNodepoolRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`ignore_warning_check`](UpgradeClusterNodepoolRequest::ignore_warning_check): Specifies whether to ignore warning-level pre-checks.
    pub fn ignore_warning_check(mut self, value: bool) -> Self {
        self.request.ignore_warning_check = Some(value);
        self
    }

    /// Sets or clears [`ignore_warning_check`](UpgradeClusterNodepoolRequest::ignore_warning_check): `None` leaves it out.
    pub fn set_ignore_warning_check(mut self, value: Option<bool>) -> Self {
        self.request.ignore_warning_check = value;
        self
    }

    /// Sets [`image_id`](UpgradeClusterNodepoolRequest::image_id): The system image ID of the node.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.request.image_id = Some(value.into());
        self
    }

    /// Sets or clears [`image_id`](UpgradeClusterNodepoolRequest::image_id): `None` leaves it out.
    pub fn set_image_id(mut self, value: Option<String>) -> Self {
        self.request.image_id = value;
        self
    }

    /// Sets [`kubernetes_version`](UpgradeClusterNodepoolRequest::kubernetes_version): The Kubernetes version of the node.
    pub fn kubernetes_version(mut self, value: impl Into<String>) -> Self {
        self.request.kubernetes_version = Some(value.into());
        self
    }

    /// Sets or clears [`kubernetes_version`](UpgradeClusterNodepoolRequest::kubernetes_version): `None` leaves it out.
    pub fn set_kubernetes_version(mut self, value: Option<String>) -> Self {
        self.request.kubernetes_version = value;
        self
    }

    /// Sets [`node_names`](UpgradeClusterNodepoolRequest::node_names): The list of nodes to upgrade.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_names`](UpgradeClusterNodepoolRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`rolling_policy`](UpgradeClusterNodepoolRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::RollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rolling_policy`](UpgradeClusterNodepoolRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::RollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// Sets [`runtime_type`](UpgradeClusterNodepoolRequest::runtime_type): The runtime type.
    pub fn runtime_type(mut self, value: impl Into<String>) -> Self {
        self.request.runtime_type = Some(value.into());
        self
    }

    /// Sets or clears [`runtime_type`](UpgradeClusterNodepoolRequest::runtime_type): `None` leaves it out.
    pub fn set_runtime_type(mut self, value: Option<String>) -> Self {
        self.request.runtime_type = value;
        self
    }

    /// Sets [`runtime_version`](UpgradeClusterNodepoolRequest::runtime_version): The runtime version of the node.
    pub fn runtime_version(mut self, value: impl Into<String>) -> Self {
        self.request.runtime_version = Some(value.into());
        self
    }

    /// Sets or clears [`runtime_version`](UpgradeClusterNodepoolRequest::runtime_version): `None` leaves it out.
    pub fn set_runtime_version(mut self, value: Option<String>) -> Self {
        self.request.runtime_version = value;
        self
    }

    /// Sets [`use_replace`](UpgradeClusterNodepoolRequest::use_replace): Specifies whether to use system cloud disk replacement for the upgrade.
    pub fn use_replace(mut self, value: bool) -> Self {
        self.request.use_replace = Some(value);
        self
    }

    /// Sets or clears [`use_replace`](UpgradeClusterNodepoolRequest::use_replace): `None` leaves it out.
    pub fn set_use_replace(mut self, value: Option<bool>) -> Self {
        self.request.use_replace = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpgradeClusterNodepoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpgradeClusterNodepoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpgradeClusterNodepoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpgradeClusterNodepool>(&self.request).await
    }
}
