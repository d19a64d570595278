// @generated from spec/eflo-controller/2022-12-15/actions/CreateCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateCluster`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::create_cluster::{
    CreateCluster, CreateClusterRequest, CreateClusterResponse,
};

/// Builds and sends `CreateCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateClusterRequest,
}

impl CreateClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateClusterRequest::default(),
        }
    }

    /// Sets [`Tag`](CreateClusterRequest::tag): The resource tags.
    pub fn tag(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tag`](CreateClusterRequest::tag): `None` leaves it out.
    pub fn set_tag(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }

    /// Sets [`ClusterDescription`](CreateClusterRequest::cluster_description): The cluster description.
    pub fn cluster_description(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_description = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterDescription`](CreateClusterRequest::cluster_description): `None` leaves it out.
    pub fn set_cluster_description(mut self, value: Option<String>) -> Self {
        self.request.cluster_description = value;
        self
    }

    /// Sets [`ClusterName`](CreateClusterRequest::cluster_name): The cluster name.
    pub fn cluster_name(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_name = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterName`](CreateClusterRequest::cluster_name): `None` leaves it out.
    pub fn set_cluster_name(mut self, value: Option<String>) -> Self {
        self.request.cluster_name = value;
        self
    }

    /// Sets [`ClusterType`](CreateClusterRequest::cluster_type): The cluster type.
    pub fn cluster_type(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_type = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterType`](CreateClusterRequest::cluster_type): `None` leaves it out.
    pub fn set_cluster_type(mut self, value: Option<String>) -> Self {
        self.request.cluster_type = value;
        self
    }

    /// Sets [`Components`](CreateClusterRequest::components): The components (software instances).
    pub fn components(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<eflo_controller_model::types::Components>,
        >,
    ) -> Self {
        self.request.components = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Components`](CreateClusterRequest::components): `None` leaves it out.
    pub fn set_components(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Components>>,
    ) -> Self {
        self.request.components = value;
        self
    }

    /// Sets [`HpnZone`](CreateClusterRequest::hpn_zone): The cluster number.
    pub fn hpn_zone(mut self, value: impl Into<String>) -> Self {
        self.request.hpn_zone = Some(value.into());
        self
    }

    /// Sets or clears [`HpnZone`](CreateClusterRequest::hpn_zone): `None` leaves it out.
    pub fn set_hpn_zone(mut self, value: Option<String>) -> Self {
        self.request.hpn_zone = value;
        self
    }

    /// Sets [`IgnoreFailedNodeTasks`](CreateClusterRequest::ignore_failed_node_tasks): Specifies whether to skip failed nodes.
    pub fn ignore_failed_node_tasks(mut self, value: bool) -> Self {
        self.request.ignore_failed_node_tasks = Some(value);
        self
    }

    /// Sets or clears [`IgnoreFailedNodeTasks`](CreateClusterRequest::ignore_failed_node_tasks): `None` leaves it out.
    pub fn set_ignore_failed_node_tasks(mut self, value: Option<bool>) -> Self {
        self.request.ignore_failed_node_tasks = value;
        self
    }

    /// Sets [`Networks`](CreateClusterRequest::networks): The network information.
    pub fn networks(
        mut self,
        value: impl Into<eflo_controller_model::types::Networks>,
    ) -> Self {
        self.request.networks = Some(value.into());
        self
    }

    /// Sets or clears [`Networks`](CreateClusterRequest::networks): `None` leaves it out.
    pub fn set_networks(
        mut self,
        value: Option<eflo_controller_model::types::Networks>,
    ) -> Self {
        self.request.networks = value;
        self
    }

    /// Sets [`NimizVSwitches`](CreateClusterRequest::nimiz_v_switches): The node vSwitches.
    pub fn nimiz_v_switches(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.nimiz_v_switches = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`NimizVSwitches`](CreateClusterRequest::nimiz_v_switches): `None` leaves it out.
    pub fn set_nimiz_v_switches(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nimiz_v_switches = value;
        self
    }

    /// Sets [`NodeGroups`](CreateClusterRequest::node_groups): The list of node groups.
    pub fn node_groups(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<eflo_controller_model::types::NodeGroups>,
        >,
    ) -> Self {
        self.request.node_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeGroups`](CreateClusterRequest::node_groups): `None` leaves it out.
    pub fn set_node_groups(
        mut self,
        value: Option<Vec<eflo_controller_model::types::NodeGroups>>,
    ) -> Self {
        self.request.node_groups = value;
        self
    }

    /// Sets [`OpenEniJumboFrame`](CreateClusterRequest::open_eni_jumbo_frame): Specifies whether the network interface supports jumbo frames.
    pub fn open_eni_jumbo_frame(mut self, value: bool) -> Self {
        self.request.open_eni_jumbo_frame = Some(value);
        self
    }

    /// Sets or clears [`OpenEniJumboFrame`](CreateClusterRequest::open_eni_jumbo_frame): `None` leaves it out.
    pub fn set_open_eni_jumbo_frame(mut self, value: Option<bool>) -> Self {
        self.request.open_eni_jumbo_frame = value;
        self
    }

    /// Sets [`ResourceGroupId`](CreateClusterRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](CreateClusterRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateCluster>(&self.request).await
    }
}
