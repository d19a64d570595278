// @generated from spec/eflo-controller/2022-12-15/actions/ReimageNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ReimageNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::reimage_nodes::{
    ReimageNodes, ReimageNodesRequest, ReimageNodesResponse,
};

/// Builds and sends `ReimageNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ReimageNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ReimageNodesRequest,
}

impl ReimageNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ReimageNodesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ReimageNodesRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ReimageNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`IgnoreFailedNodeTasks`](ReimageNodesRequest::ignore_failed_node_tasks): Specifies whether to skip failed nodes.
    pub fn ignore_failed_node_tasks(mut self, value: bool) -> Self {
        self.request.ignore_failed_node_tasks = Some(value);
        self
    }

    /// Sets or clears [`IgnoreFailedNodeTasks`](ReimageNodesRequest::ignore_failed_node_tasks): `None` leaves it out.
    pub fn set_ignore_failed_node_tasks(mut self, value: Option<bool>) -> Self {
        self.request.ignore_failed_node_tasks = value;
        self
    }

    /// Sets [`Nodes`](ReimageNodesRequest::nodes): The list of nodes.
    pub fn nodes(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<eflo_controller_model::types::ReimageNodesNodes>,
        >,
    ) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Nodes`](ReimageNodesRequest::nodes): `None` leaves it out.
    pub fn set_nodes(
        mut self,
        value: Option<Vec<eflo_controller_model::types::ReimageNodesNodes>>,
    ) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`UserData`](ReimageNodesRequest::user_data): The custom executable shell script.
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.request.user_data = Some(value.into());
        self
    }

    /// Sets or clears [`UserData`](ReimageNodesRequest::user_data): `None` leaves it out.
    pub fn set_user_data(mut self, value: Option<String>) -> Self {
        self.request.user_data = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ReimageNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ReimageNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ReimageNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ReimageNodes>(&self.request).await
    }
}
