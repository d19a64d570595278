// @generated from spec/eflo-controller/2022-12-15/actions/ShrinkCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `ShrinkCluster`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::shrink_cluster::{
    ShrinkCluster, ShrinkClusterRequest, ShrinkClusterResponse,
};

/// Builds and sends `ShrinkCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ShrinkClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: ShrinkClusterRequest,
}

impl ShrinkClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ShrinkClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ShrinkClusterRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ShrinkClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`IgnoreFailedNodeTasks`](ShrinkClusterRequest::ignore_failed_node_tasks): Specifies whether to skip failed nodes.
    pub fn ignore_failed_node_tasks(mut self, value: bool) -> Self {
        self.request.ignore_failed_node_tasks = Some(value);
        self
    }

    /// Sets or clears [`IgnoreFailedNodeTasks`](ShrinkClusterRequest::ignore_failed_node_tasks): `None` leaves it out.
    pub fn set_ignore_failed_node_tasks(mut self, value: Option<bool>) -> Self {
        self.request.ignore_failed_node_tasks = value;
        self
    }

    /// Sets [`NodeGroups`](ShrinkClusterRequest::node_groups): The information about the node groups.
    pub fn node_groups(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<eflo_controller_model::types::ShrinkClusterNodeGroups>,
        >,
    ) -> Self {
        self.request.node_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeGroups`](ShrinkClusterRequest::node_groups): `None` leaves it out.
    pub fn set_node_groups(
        mut self,
        value: Option<Vec<eflo_controller_model::types::ShrinkClusterNodeGroups>>,
    ) -> Self {
        self.request.node_groups = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ShrinkClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ShrinkClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ShrinkClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ShrinkCluster>(&self.request).await
    }
}
