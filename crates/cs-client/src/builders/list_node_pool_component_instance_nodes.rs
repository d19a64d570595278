// @generated from spec/cs/2015-12-15/actions/ListNodePoolComponentInstanceNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListNodePoolComponentInstanceNodes`.

use cs_model::ErrorCode;
use cs_model::actions::list_node_pool_component_instance_nodes::{
    ListNodePoolComponentInstanceNodes, ListNodePoolComponentInstanceNodesRequest,
    ListNodePoolComponentInstanceNodesResponse,
};

/// Builds and sends `ListNodePoolComponentInstanceNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListNodePoolComponentInstanceNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListNodePoolComponentInstanceNodesRequest,
}

impl ListNodePoolComponentInstanceNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListNodePoolComponentInstanceNodesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListNodePoolComponentInstanceNodesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListNodePoolComponentInstanceNodesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](ListNodePoolComponentInstanceNodesRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](ListNodePoolComponentInstanceNodesRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`Name`](ListNodePoolComponentInstanceNodesRequest::name).
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](ListNodePoolComponentInstanceNodesRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`config_revision`](ListNodePoolComponentInstanceNodesRequest::config_revision): Filters nodes by the specified configuration version number of the node component.
    pub fn config_revision(mut self, value: impl Into<String>) -> Self {
        self.request.config_revision = Some(value.into());
        self
    }

    /// Sets or clears [`config_revision`](ListNodePoolComponentInstanceNodesRequest::config_revision): `None` leaves it out.
    pub fn set_config_revision(mut self, value: Option<String>) -> Self {
        self.request.config_revision = value;
        self
    }

    /// Sets [`max_results`](ListNodePoolComponentInstanceNodesRequest::max_results): The maximum number of records to return in a single response for pagination.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`max_results`](ListNodePoolComponentInstanceNodesRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`next_token`](ListNodePoolComponentInstanceNodesRequest::next_token): The pagination cursor.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`next_token`](ListNodePoolComponentInstanceNodesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`node_names`](ListNodePoolComponentInstanceNodesRequest::node_names): Specifies the list of node names to query.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_names`](ListNodePoolComponentInstanceNodesRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`version`](ListNodePoolComponentInstanceNodesRequest::version): Filters nodes by the specified node component version.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.request.version = Some(value.into());
        self
    }

    /// Sets or clears [`version`](ListNodePoolComponentInstanceNodesRequest::version): `None` leaves it out.
    pub fn set_version(mut self, value: Option<String>) -> Self {
        self.request.version = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListNodePoolComponentInstanceNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: ListNodePoolComponentInstanceNodesRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        ListNodePoolComponentInstanceNodesResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<ListNodePoolComponentInstanceNodes>(&self.request).await
    }
}
