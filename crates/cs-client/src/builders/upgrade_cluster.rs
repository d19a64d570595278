// @generated from spec/cs/2015-12-15/actions/UpgradeCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpgradeCluster`.

use cs_model::ErrorCode;
use cs_model::actions::upgrade_cluster::{
    UpgradeCluster, UpgradeClusterRequest, UpgradeClusterResponse,
};

/// Builds and sends `UpgradeCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpgradeClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpgradeClusterRequest,
}

impl UpgradeClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpgradeClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpgradeClusterRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpgradeClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`component_name`](UpgradeClusterRequest::component_name): **\[Deprecated\]** Do not specify this parameter.
    pub fn component_name(mut self, value: impl Into<String>) -> Self {
        self.request.component_name = Some(value.into());
        self
    }

    /// Sets or clears [`component_name`](UpgradeClusterRequest::component_name): `None` leaves it out.
    pub fn set_component_name(mut self, value: Option<String>) -> Self {
        self.request.component_name = value;
        self
    }

    /// Sets [`master_only`](UpgradeClusterRequest::master_only): Specifies whether to upgrade only the control plane.
    pub fn master_only(mut self, value: bool) -> Self {
        self.request.master_only = Some(value);
        self
    }

    /// Sets or clears [`master_only`](UpgradeClusterRequest::master_only): `None` leaves it out.
    pub fn set_master_only(mut self, value: Option<bool>) -> Self {
        self.request.master_only = value;
        self
    }

    /// Sets [`next_version`](UpgradeClusterRequest::next_version): The target version for the cluster upgrade.
    pub fn next_version(mut self, value: impl Into<String>) -> Self {
        self.request.next_version = Some(value.into());
        self
    }

    /// Sets or clears [`next_version`](UpgradeClusterRequest::next_version): `None` leaves it out.
    pub fn set_next_version(mut self, value: Option<String>) -> Self {
        self.request.next_version = value;
        self
    }

    /// Sets [`rolling_policy`](UpgradeClusterRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::UpgradeClusterRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rolling_policy`](UpgradeClusterRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::UpgradeClusterRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// Sets [`version`](UpgradeClusterRequest::version): **\[Deprecated\]** Use the next_version parameter instead.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.request.version = Some(value.into());
        self
    }

    /// Sets or clears [`version`](UpgradeClusterRequest::version): `None` leaves it out.
    pub fn set_version(mut self, value: Option<String>) -> Self {
        self.request.version = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpgradeClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpgradeClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpgradeClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpgradeCluster>(&self.request).await
    }
}
