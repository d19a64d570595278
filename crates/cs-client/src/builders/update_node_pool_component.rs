// @generated from spec/cs/2015-12-15/actions/UpdateNodePoolComponent.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateNodePoolComponent`.

use cs_model::ErrorCode;
use cs_model::actions::update_node_pool_component::{
    UpdateNodePoolComponent, UpdateNodePoolComponentRequest,
    UpdateNodePoolComponentResponse,
};

/// Builds and sends `UpdateNodePoolComponent`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateNodePoolComponentBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateNodePoolComponentRequest,
}

impl UpdateNodePoolComponentBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateNodePoolComponentRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateNodePoolComponentRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateNodePoolComponentRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](UpdateNodePoolComponentRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](UpdateNodePoolComponentRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`config`](UpdateNodePoolComponentRequest::config): The configuration of the node component.
    pub fn config(
        mut self,
        value: impl Into<cs_model::types::UpdateNodePoolComponentConfig>,
    ) -> Self {
        self.request.config = Some(value.into());
        self
    }

    /// Sets or clears [`config`](UpdateNodePoolComponentRequest::config): `None` leaves it out.
    pub fn set_config(
        mut self,
        value: Option<cs_model::types::UpdateNodePoolComponentConfig>,
    ) -> Self {
        self.request.config = value;
        self
    }

    /// Sets [`disableRolling`](UpdateNodePoolComponentRequest::disable_rolling): Specifies whether to disable rolling updates.
    pub fn disable_rolling(mut self, value: bool) -> Self {
        self.request.disable_rolling = Some(value);
        self
    }

    /// Sets or clears [`disableRolling`](UpdateNodePoolComponentRequest::disable_rolling): `None` leaves it out.
    pub fn set_disable_rolling(mut self, value: Option<bool>) -> Self {
        self.request.disable_rolling = value;
        self
    }

    /// Sets [`name`](UpdateNodePoolComponentRequest::name): The name of the node component.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](UpdateNodePoolComponentRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`nodeNames`](UpdateNodePoolComponentRequest::node_names): The list of nodes to include in the rolling update.
    pub fn node_names(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_names = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`nodeNames`](UpdateNodePoolComponentRequest::node_names): `None` leaves it out.
    pub fn set_node_names(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_names = value;
        self
    }

    /// Sets [`rollingPolicy`](UpdateNodePoolComponentRequest::rolling_policy): The rolling update configuration.
    pub fn rolling_policy(
        mut self,
        value: impl Into<cs_model::types::UpdateNodePoolComponentRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = Some(value.into());
        self
    }

    /// Sets or clears [`rollingPolicy`](UpdateNodePoolComponentRequest::rolling_policy): `None` leaves it out.
    pub fn set_rolling_policy(
        mut self,
        value: Option<cs_model::types::UpdateNodePoolComponentRollingPolicy>,
    ) -> Self {
        self.request.rolling_policy = value;
        self
    }

    /// Sets [`version`](UpdateNodePoolComponentRequest::version): The version of the node component.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.request.version = Some(value.into());
        self
    }

    /// Sets or clears [`version`](UpdateNodePoolComponentRequest::version): `None` leaves it out.
    pub fn set_version(mut self, value: Option<String>) -> Self {
        self.request.version = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateNodePoolComponentRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateNodePoolComponentRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateNodePoolComponentResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateNodePoolComponent>(&self.request).await
    }
}
