// @generated from spec/cs/2015-12-15/actions/DescribeClusterNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterNodes`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_nodes::{
    DescribeClusterNodes, DescribeClusterNodesRequest, DescribeClusterNodesResponse,
};

/// Builds and sends `DescribeClusterNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterNodesRequest,
}

impl DescribeClusterNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterNodesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterNodesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`instanceIds`](DescribeClusterNodesRequest::instance_ids): The list of node instance IDs.
    pub fn instance_ids(mut self, value: impl Into<String>) -> Self {
        self.request.instance_ids = Some(value.into());
        self
    }

    /// Sets or clears [`instanceIds`](DescribeClusterNodesRequest::instance_ids): `None` leaves it out.
    pub fn set_instance_ids(mut self, value: Option<String>) -> Self {
        self.request.instance_ids = value;
        self
    }

    /// Sets [`nodeIps`](DescribeClusterNodesRequest::node_ips): The list of node IP addresses used for filtering.
    pub fn node_ips(mut self, value: impl Into<String>) -> Self {
        self.request.node_ips = Some(value.into());
        self
    }

    /// Sets or clears [`nodeIps`](DescribeClusterNodesRequest::node_ips): `None` leaves it out.
    pub fn set_node_ips(mut self, value: Option<String>) -> Self {
        self.request.node_ips = value;
        self
    }

    /// Sets [`nodeLabels`](DescribeClusterNodesRequest::node_labels): The node labels used for filtering.
    pub fn node_labels(mut self, value: impl Into<String>) -> Self {
        self.request.node_labels = Some(value.into());
        self
    }

    /// Sets or clears [`nodeLabels`](DescribeClusterNodesRequest::node_labels): `None` leaves it out.
    pub fn set_node_labels(mut self, value: Option<String>) -> Self {
        self.request.node_labels = value;
        self
    }

    /// Sets [`nodeNames`](DescribeClusterNodesRequest::node_names): The list of node names used for filtering.
    pub fn node_names(mut self, value: impl Into<String>) -> Self {
        self.request.node_names = Some(value.into());
        self
    }

    /// Sets or clears [`nodeNames`](DescribeClusterNodesRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<String>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`nodepool_id`](DescribeClusterNodesRequest::nodepool_id): The node pool ID.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`nodepool_id`](DescribeClusterNodesRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`pageNumber`](DescribeClusterNodesRequest::page_number): The page number of the current query.
    pub fn page_number(mut self, value: impl Into<String>) -> Self {
        self.request.page_number = Some(value.into());
        self
    }

    /// Sets or clears [`pageNumber`](DescribeClusterNodesRequest::page_number): `None` leaves it out.
    pub fn set_page_number(mut self, value: Option<String>) -> Self {
        self.request.page_number = value;
        self
    }

    /// Sets [`pageSize`](DescribeClusterNodesRequest::page_size): The maximum number of records to return per page.
    pub fn page_size(mut self, value: impl Into<String>) -> Self {
        self.request.page_size = Some(value.into());
        self
    }

    /// Sets or clears [`pageSize`](DescribeClusterNodesRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<String>) -> Self {
        self.request.page_size = value;
        self
    }

    /// Sets [`state`](DescribeClusterNodesRequest::state): The running states of the cluster nodes used for filtering.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.request.state = Some(value.into());
        self
    }

    /// Sets or clears [`state`](DescribeClusterNodesRequest::state): `None` leaves it out.
    pub fn set_state(mut self, value: Option<String>) -> Self {
        self.request.state = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClusterNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClusterNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeClusterNodes>(&self.request).await
    }
}
