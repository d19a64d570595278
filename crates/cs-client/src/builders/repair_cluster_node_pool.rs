// @generated from spec/cs/2015-12-15/actions/RepairClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The builder of `RepairClusterNodePool`.

use cs_model::ErrorCode;
use cs_model::actions::repair_cluster_node_pool::{
    RepairClusterNodePool, RepairClusterNodePoolRequest, RepairClusterNodePoolResponse,
};

/// Builds and sends `RepairClusterNodePool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RepairClusterNodePoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: RepairClusterNodePoolRequest,
}

impl RepairClusterNodePoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RepairClusterNodePoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RepairClusterNodePoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RepairClusterNodePoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](RepairClusterNodePoolRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](RepairClusterNodePoolRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`auto_restart`](RepairClusterNodePoolRequest::auto_restart): **\[Deprecated\]** Specifies whether to restart the instance.
    pub fn auto_restart(mut self, value: bool) -> Self {
        self.request.auto_restart = Some(value);
        self
    }

    /// Sets or clears [`auto_restart`](RepairClusterNodePoolRequest::auto_restart): `None` leaves it out.
    pub fn set_auto_restart(mut self, value: Option<bool>) -> Self {
        self.request.auto_restart = value;
        self
    }

    /// Sets [`nodes`](RepairClusterNodePoolRequest::nodes): The list of nodes.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodes`](RepairClusterNodePoolRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`operations`](RepairClusterNodePoolRequest::operations): The repair operations to be performed.
    pub fn operations(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Operations>>,
    ) -> Self {
        self.request.operations = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`operations`](RepairClusterNodePoolRequest::operations): `None` leaves it out.
    pub fn set_operations(
        mut self,
        value: Option<Vec<cs_model::types::Operations>>,
    ) -> Self {
        self.request.operations = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RepairClusterNodePoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RepairClusterNodePoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RepairClusterNodePoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RepairClusterNodePool>(&self.request).await
    }
}
