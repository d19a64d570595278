// @generated from spec/cs/2015-12-15/actions/CreateNodePoolComponentInstances.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateNodePoolComponentInstances`.

use cs_model::ErrorCode;
use cs_model::actions::create_node_pool_component_instances::{
    CreateNodePoolComponentInstances, CreateNodePoolComponentInstancesRequest,
    CreateNodePoolComponentInstancesResponse,
};

/// Builds and sends `CreateNodePoolComponentInstances`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateNodePoolComponentInstancesBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateNodePoolComponentInstancesRequest,
}

impl CreateNodePoolComponentInstancesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateNodePoolComponentInstancesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateNodePoolComponentInstancesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateNodePoolComponentInstancesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](CreateNodePoolComponentInstancesRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](CreateNodePoolComponentInstancesRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`components`](CreateNodePoolComponentInstancesRequest::components): The list of node components.
    ///
    /// Required.
    pub fn components(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Components>>,
    ) -> Self {
        self.request.components = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`components`](CreateNodePoolComponentInstancesRequest::components): `None` leaves it out.
    pub fn set_components(
        mut self,
        value: Option<Vec<cs_model::types::Components>>,
    ) -> Self {
        self.request.components = value;
        self
    }

    /// Sets [`node_names`](CreateNodePoolComponentInstancesRequest::node_names): The list of nodes specified for the rolling update.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_names`](CreateNodePoolComponentInstancesRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`rolling_policy`](CreateNodePoolComponentInstancesRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::RollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rolling_policy`](CreateNodePoolComponentInstancesRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::RollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateNodePoolComponentInstancesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: CreateNodePoolComponentInstancesRequest,
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
        CreateNodePoolComponentInstancesResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<CreateNodePoolComponentInstances>(&self.request).await
    }
}
