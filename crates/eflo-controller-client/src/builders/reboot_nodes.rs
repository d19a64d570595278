// @generated from spec/eflo-controller/2022-12-15/actions/RebootNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `RebootNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::reboot_nodes::{
    RebootNodes, RebootNodesRequest, RebootNodesResponse,
};

/// Builds and sends `RebootNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct RebootNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: RebootNodesRequest,
}

impl RebootNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: RebootNodesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](RebootNodesRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](RebootNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`IgnoreFailedNodeTasks`](RebootNodesRequest::ignore_failed_node_tasks): Specifies whether to allow skipping failed nodes.
    pub fn ignore_failed_node_tasks(mut self, value: bool) -> Self {
        self.request.ignore_failed_node_tasks = Some(value);
        self
    }

    /// Sets or clears [`IgnoreFailedNodeTasks`](RebootNodesRequest::ignore_failed_node_tasks): `None` leaves it out.
    pub fn set_ignore_failed_node_tasks(mut self, value: Option<bool>) -> Self {
        self.request.ignore_failed_node_tasks = value;
        self
    }

    /// Sets [`Nodes`](RebootNodesRequest::nodes): The nodes.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Nodes`](RebootNodesRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &RebootNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: RebootNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<RebootNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<RebootNodes>(&self.request).await
    }
}
