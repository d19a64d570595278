// @generated from spec/eflo-controller/2022-12-15/actions/ExtendCluster.json by `cargo xtask codegen`; do not edit.
//! The builder of `ExtendCluster`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::extend_cluster::{
    ExtendCluster, ExtendClusterRequest, ExtendClusterResponse,
};

/// Builds and sends `ExtendCluster`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ExtendClusterBuilder {
    client: sdk_runtime::ServiceClient,
    request: ExtendClusterRequest,
}

impl ExtendClusterBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ExtendClusterRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ExtendClusterRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ExtendClusterRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`IgnoreFailedNodeTasks`](ExtendClusterRequest::ignore_failed_node_tasks): Specifies whether to skip failed nodes.
    pub fn ignore_failed_node_tasks(mut self, value: bool) -> Self {
        self.request.ignore_failed_node_tasks = Some(value);
        self
    }

    /// Sets or clears [`IgnoreFailedNodeTasks`](ExtendClusterRequest::ignore_failed_node_tasks): `None` leaves it out.
    pub fn set_ignore_failed_node_tasks(mut self, value: Option<bool>) -> Self {
        self.request.ignore_failed_node_tasks = value;
        self
    }

    /// Sets [`IpAllocationPolicy`](ExtendClusterRequest::ip_allocation_policy): The combined policy for IP allocation.
    pub fn ip_allocation_policy(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<
                eflo_controller_model::types::ExtendClusterIpAllocationPolicy,
            >,
        >,
    ) -> Self {
        self.request.ip_allocation_policy = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`IpAllocationPolicy`](ExtendClusterRequest::ip_allocation_policy): `None` leaves it out.
    pub fn set_ip_allocation_policy(
        mut self,
        value: Option<Vec<eflo_controller_model::types::ExtendClusterIpAllocationPolicy>>,
    ) -> Self {
        self.request.ip_allocation_policy = value;
        self
    }

    /// Sets [`NodeGroups`](ExtendClusterRequest::node_groups): The node group.
    pub fn node_groups(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<eflo_controller_model::types::ExtendClusterNodeGroups>,
        >,
    ) -> Self {
        self.request.node_groups = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeGroups`](ExtendClusterRequest::node_groups): `None` leaves it out.
    pub fn set_node_groups(
        mut self,
        value: Option<Vec<eflo_controller_model::types::ExtendClusterNodeGroups>>,
    ) -> Self {
        self.request.node_groups = value;
        self
    }

    /// Sets [`VSwitchZoneId`](ExtendClusterRequest::v_switch_zone_id): The zone ID of the vSwitch.
    pub fn v_switch_zone_id(mut self, value: impl Into<String>) -> Self {
        self.request.v_switch_zone_id = Some(value.into());
        self
    }

    /// Sets or clears [`VSwitchZoneId`](ExtendClusterRequest::v_switch_zone_id): `None` leaves it out.
    pub fn set_v_switch_zone_id(mut self, value: Option<String>) -> Self {
        self.request.v_switch_zone_id = value;
        self
    }

    /// Sets [`VpdSubnets`](ExtendClusterRequest::vpd_subnets): The list of cluster subnets.
    pub fn vpd_subnets(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.vpd_subnets = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`VpdSubnets`](ExtendClusterRequest::vpd_subnets): `None` leaves it out.
    pub fn set_vpd_subnets(mut self, value: Option<Vec<String>>) -> Self {
        self.request.vpd_subnets = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ExtendClusterRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ExtendClusterRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ExtendClusterResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ExtendCluster>(&self.request).await
    }
}
