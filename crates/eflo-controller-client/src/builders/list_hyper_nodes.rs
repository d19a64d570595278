// @generated from spec/eflo-controller/2022-12-15/actions/ListHyperNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListHyperNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_hyper_nodes::{
    ListHyperNodes, ListHyperNodesRequest, ListHyperNodesResponse,
};

/// Builds and sends `ListHyperNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListHyperNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListHyperNodesRequest,
}

impl ListHyperNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListHyperNodesRequest::default(),
        }
    }

    /// Sets [`CommodityCode`](ListHyperNodesRequest::commodity_code): The commodity code.
    pub fn commodity_code(mut self, value: impl Into<String>) -> Self {
        self.request.commodity_code = Some(value.into());
        self
    }

    /// Sets or clears [`CommodityCode`](ListHyperNodesRequest::commodity_code): `None` leaves it out.
    pub fn set_commodity_code(mut self, value: Option<String>) -> Self {
        self.request.commodity_code = value;
        self
    }

    /// Sets [`HyperNodeIds`](ListHyperNodesRequest::hyper_node_ids): The list of node IDs.
    pub fn hyper_node_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.hyper_node_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`HyperNodeIds`](ListHyperNodesRequest::hyper_node_ids): `None` leaves it out.
    pub fn set_hyper_node_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.hyper_node_ids = value;
        self
    }

    /// Sets [`OperatingStates`](ListHyperNodesRequest::operating_states): The node status.
    pub fn operating_states(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.operating_states = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`OperatingStates`](ListHyperNodesRequest::operating_states): `None` leaves it out.
    pub fn set_operating_states(mut self, value: Option<Vec<String>>) -> Self {
        self.request.operating_states = value;
        self
    }

    /// Sets [`ClusterName`](ListHyperNodesRequest::cluster_name): The cluster name.
    pub fn cluster_name(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_name = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterName`](ListHyperNodesRequest::cluster_name): `None` leaves it out.
    pub fn set_cluster_name(mut self, value: Option<String>) -> Self {
        self.request.cluster_name = value;
        self
    }

    /// Sets [`HpnZone`](ListHyperNodesRequest::hpn_zone): The cluster number.
    pub fn hpn_zone(mut self, value: impl Into<String>) -> Self {
        self.request.hpn_zone = Some(value.into());
        self
    }

    /// Sets or clears [`HpnZone`](ListHyperNodesRequest::hpn_zone): `None` leaves it out.
    pub fn set_hpn_zone(mut self, value: Option<String>) -> Self {
        self.request.hpn_zone = value;
        self
    }

    /// Sets [`HyperNodeId`](ListHyperNodesRequest::hyper_node_id): The node ID.
    pub fn hyper_node_id(mut self, value: impl Into<String>) -> Self {
        self.request.hyper_node_id = Some(value.into());
        self
    }

    /// Sets or clears [`HyperNodeId`](ListHyperNodesRequest::hyper_node_id): `None` leaves it out.
    pub fn set_hyper_node_id(mut self, value: Option<String>) -> Self {
        self.request.hyper_node_id = value;
        self
    }

    /// Sets [`MachineType`](ListHyperNodesRequest::machine_type): The machine type.
    pub fn machine_type(mut self, value: impl Into<String>) -> Self {
        self.request.machine_type = Some(value.into());
        self
    }

    /// Sets or clears [`MachineType`](ListHyperNodesRequest::machine_type): `None` leaves it out.
    pub fn set_machine_type(mut self, value: Option<String>) -> Self {
        self.request.machine_type = value;
        self
    }

    /// Sets [`MaxResults`](ListHyperNodesRequest::max_results): The number of entries per page in a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListHyperNodesRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListHyperNodesRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListHyperNodesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeGroupName`](ListHyperNodesRequest::node_group_name): The name of the node group.
    pub fn node_group_name(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_name = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupName`](ListHyperNodesRequest::node_group_name): `None` leaves it out.
    pub fn set_node_group_name(mut self, value: Option<String>) -> Self {
        self.request.node_group_name = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListHyperNodesRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListHyperNodesRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`Tags`](ListHyperNodesRequest::tags): The tag information.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](ListHyperNodesRequest::tags): `None` leaves it out.
    pub fn set_tags(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`ZoneId`](ListHyperNodesRequest::zone_id): The zone ID.
    pub fn zone_id(mut self, value: impl Into<String>) -> Self {
        self.request.zone_id = Some(value.into());
        self
    }

    /// Sets or clears [`ZoneId`](ListHyperNodesRequest::zone_id): `None` leaves it out.
    pub fn set_zone_id(mut self, value: Option<String>) -> Self {
        self.request.zone_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListHyperNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListHyperNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListHyperNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListHyperNodes>(&self.request).await
    }
}
