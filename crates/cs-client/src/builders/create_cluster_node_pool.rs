// @generated from spec/cs/2015-12-15/actions/CreateClusterNodePool.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateClusterNodePool`.

use cs_model::ErrorCode;
use cs_model::actions::create_cluster_node_pool::{
    CreateClusterNodePool, CreateClusterNodePoolRequest, CreateClusterNodePoolResponse,
};

/// Builds and sends `CreateClusterNodePool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateClusterNodePoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateClusterNodePoolRequest,
}

impl CreateClusterNodePoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateClusterNodePoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateClusterNodePoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateClusterNodePoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`auto_mode`](CreateClusterNodePoolRequest::auto_mode): The auto mode configuration of the node pool.
    pub fn auto_mode(mut self, value: impl Into<cs_model::types::AutoMode>) -> Self {
        self.request.auto_mode = Some(value.into());
        self
    }

    /// Sets or clears [`auto_mode`](CreateClusterNodePoolRequest::auto_mode): `None` leaves it out.
    pub fn set_auto_mode(mut self, value: Option<cs_model::types::AutoMode>) -> Self {
        self.request.auto_mode = value;
        self
    }

    /// Sets [`auto_scaling`](CreateClusterNodePoolRequest::auto_scaling): The elastic scaling configuration.
    pub fn auto_scaling(
        mut self,
        value: impl Into<cs_model::types::AutoScaling>,
    ) -> Self {
        self.request.auto_scaling = Some(value.into());
        self
    }

    /// Sets or clears [`auto_scaling`](CreateClusterNodePoolRequest::auto_scaling): `None` leaves it out.
    pub fn set_auto_scaling(
        mut self,
        value: Option<cs_model::types::AutoScaling>,
    ) -> Self {
        self.request.auto_scaling = value;
        self
    }

    /// Sets [`count`](CreateClusterNodePoolRequest::count): **\[Deprecated\]** Use desired_size instead.
    pub fn count(mut self, value: i64) -> Self {
        self.request.count = Some(value);
        self
    }

    /// Sets or clears [`count`](CreateClusterNodePoolRequest::count): `None` leaves it out.
    pub fn set_count(mut self, value: Option<i64>) -> Self {
        self.request.count = value;
        self
    }

    /// Sets [`eflo_node_group`](CreateClusterNodePoolRequest::eflo_node_group): The Lingjun node pool configuration.
    pub fn eflo_node_group(
        mut self,
        value: impl Into<cs_model::types::EfloNodeGroup>,
    ) -> Self {
        self.request.eflo_node_group = Some(value.into());
        self
    }

    /// Sets or clears [`eflo_node_group`](CreateClusterNodePoolRequest::eflo_node_group): `None` leaves it out.
    pub fn set_eflo_node_group(
        mut self,
        value: Option<cs_model::types::EfloNodeGroup>,
    ) -> Self {
        self.request.eflo_node_group = value;
        self
    }

    /// Sets [`host_network`](CreateClusterNodePoolRequest::host_network): Specifies whether pods in the edge node pool use the host network mode.
    pub fn host_network(mut self, value: bool) -> Self {
        self.request.host_network = Some(value);
        self
    }

    /// Sets or clears [`host_network`](CreateClusterNodePoolRequest::host_network): `None` leaves it out.
    pub fn set_host_network(mut self, value: Option<bool>) -> Self {
        self.request.host_network = value;
        self
    }

    /// Sets [`interconnect_config`](CreateClusterNodePoolRequest::interconnect_config): **\[Deprecated\]** The configuration of the edge node pool.
    pub fn interconnect_config(
        mut self,
        value: impl Into<cs_model::types::InterconnectConfig>,
    ) -> Self {
        self.request.interconnect_config = Some(value.into());
        self
    }

    /// Sets or clears [`interconnect_config`](CreateClusterNodePoolRequest::interconnect_config): `None` leaves it out.
    pub fn set_interconnect_config(
        mut self,
        value: Option<cs_model::types::InterconnectConfig>,
    ) -> Self {
        self.request.interconnect_config = value;
        self
    }

    /// Sets [`interconnect_mode`](CreateClusterNodePoolRequest::interconnect_mode): The network type of the edge node pool.
    pub fn interconnect_mode(mut self, value: impl Into<String>) -> Self {
        self.request.interconnect_mode = Some(value.into());
        self
    }

    /// Sets or clears [`interconnect_mode`](CreateClusterNodePoolRequest::interconnect_mode): `None` leaves it out.
    pub fn set_interconnect_mode(mut self, value: Option<String>) -> Self {
        self.request.interconnect_mode = value;
        self
    }

    /// Sets [`intranet`](CreateClusterNodePoolRequest::intranet): Specifies whether Layer 3 network connectivity is enabled between nodes in the edge node pool.
    pub fn intranet(mut self, value: bool) -> Self {
        self.request.intranet = Some(value);
        self
    }

    /// Sets or clears [`intranet`](CreateClusterNodePoolRequest::intranet): `None` leaves it out.
    pub fn set_intranet(mut self, value: Option<bool>) -> Self {
        self.request.intranet = value;
        self
    }

    /// Sets [`kubernetes_config`](CreateClusterNodePoolRequest::kubernetes_config): The cluster configurations.
    pub fn kubernetes_config(
        mut self,
        value: impl Into<cs_model::types::KubernetesConfig>,
    ) -> Self {
        self.request.kubernetes_config = Some(value.into());
        self
    }

    /// Sets or clears [`kubernetes_config`](CreateClusterNodePoolRequest::kubernetes_config): `None` leaves it out.
    pub fn set_kubernetes_config(
        mut self,
        value: Option<cs_model::types::KubernetesConfig>,
    ) -> Self {
        self.request.kubernetes_config = value;
        self
    }

    /// Sets [`management`](CreateClusterNodePoolRequest::management): The configurations for the managed node pool feature.
    pub fn management(
        mut self,
        value: impl Into<cs_model::types::CreateClusterNodePoolManagement>,
    ) -> Self {
        self.request.management = Some(value.into());
        self
    }

    /// Sets or clears [`management`](CreateClusterNodePoolRequest::management): `None` leaves it out.
    pub fn set_management(
        mut self,
        value: Option<cs_model::types::CreateClusterNodePoolManagement>,
    ) -> Self {
        self.request.management = value;
        self
    }

    /// Sets [`max_nodes`](CreateClusterNodePoolRequest::max_nodes): **\[Deprecated\]** The maximum number of nodes allowed in an edge node pool.
    pub fn max_nodes(mut self, value: i64) -> Self {
        self.request.max_nodes = Some(value);
        self
    }

    /// Sets or clears [`max_nodes`](CreateClusterNodePoolRequest::max_nodes): `None` leaves it out.
    pub fn set_max_nodes(mut self, value: Option<i64>) -> Self {
        self.request.max_nodes = value;
        self
    }

    /// Sets [`node_components`](CreateClusterNodePoolRequest::node_components): The list of node components.
    pub fn node_components(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::NodeComponents>>,
    ) -> Self {
        self.request.node_components = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`node_components`](CreateClusterNodePoolRequest::node_components): `None` leaves it out.
    pub fn set_node_components(
        mut self,
        value: Option<Vec<cs_model::types::NodeComponents>>,
    ) -> Self {
        self.request.node_components = value;
        self
    }

    /// Sets [`node_config`](CreateClusterNodePoolRequest::node_config): The node configuration.
    pub fn node_config(mut self, value: impl Into<cs_model::types::NodeConfig>) -> Self {
        self.request.node_config = Some(value.into());
        self
    }

    /// Sets or clears [`node_config`](CreateClusterNodePoolRequest::node_config): `None` leaves it out.
    pub fn set_node_config(
        mut self,
        value: Option<cs_model::types::NodeConfig>,
    ) -> Self {
        self.request.node_config = value;
        self
    }

    /// Sets [`nodepool_info`](CreateClusterNodePoolRequest::nodepool_info): The node pool configuration.
    pub fn nodepool_info(
        mut self,
        value: impl Into<cs_model::types::NodepoolInfo>,
    ) -> Self {
        self.request.nodepool_info = Some(value.into());
        self
    }

    /// Sets or clears [`nodepool_info`](CreateClusterNodePoolRequest::nodepool_info): `None` leaves it out.
    pub fn set_nodepool_info(
        mut self,
        value: Option<cs_model::types::NodepoolInfo>,
    ) -> Self {
        self.request.nodepool_info = value;
        self
    }

    /// Sets [`scaling_group`](CreateClusterNodePoolRequest::scaling_group): The scaling group configuration of the node pool.
    pub fn scaling_group(
        mut self,
        value: impl Into<cs_model::types::ScalingGroup>,
    ) -> Self {
        self.request.scaling_group = Some(value.into());
        self
    }

    /// Sets or clears [`scaling_group`](CreateClusterNodePoolRequest::scaling_group): `None` leaves it out.
    pub fn set_scaling_group(
        mut self,
        value: Option<cs_model::types::ScalingGroup>,
    ) -> Self {
        self.request.scaling_group = value;
        self
    }

    /// Sets [`tee_config`](CreateClusterNodePoolRequest::tee_config): The confidential computing cluster configuration.
    pub fn tee_config(mut self, value: impl Into<cs_model::types::TeeConfig>) -> Self {
        self.request.tee_config = Some(value.into());
        self
    }

    /// Sets or clears [`tee_config`](CreateClusterNodePoolRequest::tee_config): `None` leaves it out.
    pub fn set_tee_config(mut self, value: Option<cs_model::types::TeeConfig>) -> Self {
        self.request.tee_config = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateClusterNodePoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateClusterNodePoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateClusterNodePoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateClusterNodePool>(&self.request).await
    }
}
