// @generated from spec/eflo-controller/2022-12-15/actions/ListVscs.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListVscs`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_vscs::{
    ListVscs, ListVscsRequest, ListVscsResponse,
};

/// Builds and sends `ListVscs`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListVscsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListVscsRequest,
}

impl ListVscsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListVscsRequest::default(),
        }
    }

    /// Sets [`Tag`](ListVscsRequest::tag): The list of tags.
    pub fn tag(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tag`](ListVscsRequest::tag): `None` leaves it out.
    pub fn set_tag(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }

    /// Sets [`MaxResults`](ListVscsRequest::max_results): The maximum number of entries to return on each page.
    pub fn max_results(mut self, value: i64) -> Self {
        self.request.max_results = Some(value);
        self
    }

    /// Sets or clears [`MaxResults`](ListVscsRequest::max_results): `None` leaves it out.
    pub fn set_max_results(mut self, value: Option<i64>) -> Self {
        self.request.max_results = value;
        self
    }

    /// Sets [`NextToken`](ListVscsRequest::next_token): The token that marks the position from which to start the query.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListVscsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeIds`](ListVscsRequest::node_ids): The list of node IDs.
    pub fn node_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIds`](ListVscsRequest::node_ids): `None` leaves it out.
    pub fn set_node_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_ids = value;
        self
    }

    /// Sets [`ResourceGroupId`](ListVscsRequest::resource_group_id): The ID of the resource group.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ListVscsRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`VscName`](ListVscsRequest::vsc_name): The name of the VSC.
    pub fn vsc_name(mut self, value: impl Into<String>) -> Self {
        self.request.vsc_name = Some(value.into());
        self
    }

    /// Sets or clears [`VscName`](ListVscsRequest::vsc_name): `None` leaves it out.
    pub fn set_vsc_name(mut self, value: Option<String>) -> Self {
        self.request.vsc_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListVscsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListVscsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListVscsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListVscs>(&self.request).await
    }
}
