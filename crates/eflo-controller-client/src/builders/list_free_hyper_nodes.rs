// @generated from spec/eflo-controller/2022-12-15/actions/ListFreeHyperNodes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListFreeHyperNodes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_free_hyper_nodes::{
    ListFreeHyperNodes, ListFreeHyperNodesRequest, ListFreeHyperNodesResponse,
};

/// Builds and sends `ListFreeHyperNodes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListFreeHyperNodesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListFreeHyperNodesRequest,
}

impl ListFreeHyperNodesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListFreeHyperNodesRequest::default(),
        }
    }

    /// Sets [`HpnZone`](ListFreeHyperNodesRequest::hpn_zone): The cluster ID.
    pub fn hpn_zone(mut self, value: impl Into<String>) -> Self {
        self.request.hpn_zone = Some(value.into());
        self
    }

    /// Sets or clears [`HpnZone`](ListFreeHyperNodesRequest::hpn_zone): `None` leaves it out.
    pub fn set_hpn_zone(mut self, value: Option<String>) -> Self {
        self.request.hpn_zone = value;
        self
    }

    /// Sets [`MachineType`](ListFreeHyperNodesRequest::machine_type): The machine type.
    pub fn machine_type(mut self, value: impl Into<String>) -> Self {
        self.request.machine_type = Some(value.into());
        self
    }

    /// Sets or clears [`MachineType`](ListFreeHyperNodesRequest::machine_type): `None` leaves it out.
    pub fn set_machine_type(mut self, value: Option<String>) -> Self {
        self.request.machine_type = value;
        self
    }

    /// Sets [`MaxResults`](ListFreeHyperNodesRequest::max_results): The number of entries per page in a paged query.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListFreeHyperNodesRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListFreeHyperNodesRequest::next_token): The pagination token.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListFreeHyperNodesRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListFreeHyperNodesRequest::resource_group_id): The resource group ID.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListFreeHyperNodesRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`Status`](ListFreeHyperNodesRequest::status): The list of unused node statuses to return.
    pub fn status(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.status = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Status`](ListFreeHyperNodesRequest::status): `None` leaves it out.
    pub fn set_status(mut self, value: Option<Vec<String>>) -> Self {
        self.request.status = value;
        self
    }

    /// Sets [`Tags`](ListFreeHyperNodesRequest::tags): The list of tags.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tags`](ListFreeHyperNodesRequest::tags): `None` leaves it out.
    pub fn set_tags(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tags>>,
    ) -> Self {
        self.request.tags = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListFreeHyperNodesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListFreeHyperNodesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListFreeHyperNodesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListFreeHyperNodes>(&self.request).await
    }
}
