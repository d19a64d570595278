// @generated from spec/cs/2015-12-15/actions/FixNodePoolVuls.json by `cargo xtask codegen`; do not edit.
//! The builder of `FixNodePoolVuls`.

use cs_model::ErrorCode;
use cs_model::actions::fix_node_pool_vuls::{
    FixNodePoolVuls, FixNodePoolVulsRequest, FixNodePoolVulsResponse,
};

/// Builds and sends `FixNodePoolVuls`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct FixNodePoolVulsBuilder {
    client: sdk_runtime::ServiceClient,
    request: FixNodePoolVulsRequest,
}

impl FixNodePoolVulsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: FixNodePoolVulsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](FixNodePoolVulsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](FixNodePoolVulsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](FixNodePoolVulsRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](FixNodePoolVulsRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`auto_restart`](FixNodePoolVulsRequest::auto_restart): Specifies whether to allow node restarts.
    pub fn auto_restart(mut self, value: bool) -> Self {
        self.request.auto_restart = Some(value);
        self
    }

    /// Sets or clears [`auto_restart`](FixNodePoolVulsRequest::auto_restart): `None` leaves it out.
    pub fn set_auto_restart(mut self, value: Option<bool>) -> Self {
        self.request.auto_restart = value;
        self
    }

    /// Sets [`nodes`](FixNodePoolVulsRequest::nodes): The list of node names to fix.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodes`](FixNodePoolVulsRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`rollout_policy`](FixNodePoolVulsRequest::rollout_policy): The rolling fix policy.
    pub fn rollout_policy(
        mut self,
        value: impl Into<cs_model::types::RolloutPolicy>,
    ) -> Self {
        self.request.rollout_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rollout_policy`](FixNodePoolVulsRequest::rollout_policy): `None` leaves it out.
    pub fn set_rollout_policy(
        mut self,
        value: Option<cs_model::types::RolloutPolicy>,
    ) -> Self {
        self.request.rollout_policy = value;
        self
    }

    /// Sets [`vuls`](FixNodePoolVulsRequest::vuls): The list of vulnerabilities.
    pub fn vuls(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.vuls = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`vuls`](FixNodePoolVulsRequest::vuls): `None` leaves it out.
    pub fn set_vuls(mut self, value: Option<Vec<String>>) -> Self {
        self.request.vuls = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &FixNodePoolVulsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: FixNodePoolVulsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<FixNodePoolVulsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<FixNodePoolVuls>(&self.request).await
    }
}
