// @generated from spec/eflo-controller/2022-12-15/actions/ListFreeNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListFreeNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_free_nodes::{
    ListFreeNodes, ListFreeNodesRequest, ListFreeNodesResponse,
};

/// Builds and sends `ListFreeNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListFreeNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListFreeNodesRequest,
}

impl ListFreeNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListFreeNodesRequest::default(),
        }
    }

    /// Sets [`Tags`](ListFreeNodesRequest::tags): The tag information.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](ListFreeNodesRequest::tags): `None` leaves it out.
    pub fn set_tags(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`HpnZone`](ListFreeNodesRequest::hpn_zone): The cluster number.
    pub fn hpn_zone(mut self, value: impl Into<String>) -> Self {
        self.request.hpn_zone = Some(value.into());
        self
    }

    /// Sets or clears [`HpnZone`](ListFreeNodesRequest::hpn_zone): `None` leaves it out.
    pub fn set_hpn_zone(mut self, value: Option<String>) -> Self {
        self.request.hpn_zone = value;
        self
    }

    /// Sets [`MachineType`](ListFreeNodesRequest::machine_type): The machine type.
    pub fn machine_type(mut self, value: impl Into<String>) -> Self {
        self.request.machine_type = Some(value.into());
        self
    }

    /// Sets or clears [`MachineType`](ListFreeNodesRequest::machine_type): `None` leaves it out.
    pub fn set_machine_type(mut self, value: Option<String>) -> Self {
        self.request.machine_type = value;
        self
    }

    /// Sets [`MaxResults`](ListFreeNodesRequest::max_results): The number of entries per page for a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListFreeNodesRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListFreeNodesRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListFreeNodesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`OperatingStates`](ListFreeNodesRequest::operating_states): The type of unused nodes to return.
    pub fn operating_states(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.operating_states = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`OperatingStates`](ListFreeNodesRequest::operating_states): `None` leaves it out.
    pub fn set_operating_states(mut self, value: Option<Vec<String>>) -> Self {
        self.request.operating_states = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListFreeNodesRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListFreeNodesRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListFreeNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListFreeNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListFreeNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListFreeNodes>(&self.request).await
    }
}
