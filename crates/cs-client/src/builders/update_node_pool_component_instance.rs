// @generated from spec/cs/2015-12-15/actions/UpdateNodePoolComponentInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateNodePoolComponentInstance`.

use cs_model::ErrorCode;
use cs_model::actions::update_node_pool_component_instance::{
    UpdateNodePoolComponentInstance, UpdateNodePoolComponentInstanceRequest,
    UpdateNodePoolComponentInstanceResponse,
};

/// Builds and sends `UpdateNodePoolComponentInstance`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateNodePoolComponentInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateNodePoolComponentInstanceRequest,
}

impl UpdateNodePoolComponentInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateNodePoolComponentInstanceRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateNodePoolComponentInstanceRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateNodePoolComponentInstanceRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](UpdateNodePoolComponentInstanceRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](UpdateNodePoolComponentInstanceRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`Name`](UpdateNodePoolComponentInstanceRequest::name).
    ///
    /// Required.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](UpdateNodePoolComponentInstanceRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`config`](UpdateNodePoolComponentInstanceRequest::config): The node component configuration.
    pub fn config(mut self, value: impl Into<cs_model::types::Config>) -> Self {
        self.request.config = Some(value.into());
        self
    }

    /// Sets or clears [`config`](UpdateNodePoolComponentInstanceRequest::config): `None` leaves it out.
    pub fn set_config(mut self, value: Option<cs_model::types::Config>) -> Self {
        self.request.config = value;
        self
    }

    /// Sets [`disable_rolling`](UpdateNodePoolComponentInstanceRequest::disable_rolling): Specifies whether to disable rolling updates.
    pub fn disable_rolling(mut self, value: bool) -> Self {
        self.request.disable_rolling = Some(value);
        self
    }

    /// Sets or clears [`disable_rolling`](UpdateNodePoolComponentInstanceRequest::disable_rolling): `None` leaves it out.
    pub fn set_disable_rolling(mut self, value: Option<bool>) -> Self {
        self.request.disable_rolling = value;
        self
    }

    /// Sets [`node_names`](UpdateNodePoolComponentInstanceRequest::node_names): The list of nodes to be updated in a rolling manner.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_names`](UpdateNodePoolComponentInstanceRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`rolling_policy`](UpdateNodePoolComponentInstanceRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::RollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rolling_policy`](UpdateNodePoolComponentInstanceRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::RollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// Sets [`version`](UpdateNodePoolComponentInstanceRequest::version): The node component version.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.request.version = Some(value.into());
        self
    }

    /// Sets or clears [`version`](UpdateNodePoolComponentInstanceRequest::version): `None` leaves it out.
    pub fn set_version(mut self, value: Option<String>) -> Self {
        self.request.version = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateNodePoolComponentInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: UpdateNodePoolComponentInstanceRequest,
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
        UpdateNodePoolComponentInstanceResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<UpdateNodePoolComponentInstance>(&self.request).await
    }
}
