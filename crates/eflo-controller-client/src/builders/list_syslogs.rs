// @generated from spec/eflo-controller/2022-12-15/actions/ListSyslogs.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListSyslogs`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_syslogs::{
    ListSyslogs, ListSyslogsRequest, ListSyslogsResponse,
};

/// Builds and sends `ListSyslogs`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListSyslogsBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListSyslogsRequest,
}

impl ListSyslogsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListSyslogsRequest::default(),
        }
    }

    /// Sets [`FromTime`](ListSyslogsRequest::from_time): The start time.
    ///
    /// Required.
    pub fn from_time(mut self, value: impl Into<String>) -> Self {
        self.request.from_time = Some(value.into());
        self
    }

    /// Sets or clears [`FromTime`](ListSyslogsRequest::from_time): `None` leaves it out.
    pub fn set_from_time(mut self, value: Option<String>) -> Self {
        self.request.from_time = value;
        self
    }

    /// Sets [`NextToken`](ListSyslogsRequest::next_token): The token for the next page.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.request.next_token = Some(value.into());
        self
    }

    /// Sets or clears [`NextToken`](ListSyslogsRequest::next_token): `None` leaves it out.
    pub fn set_next_token(mut self, value: Option<String>) -> Self {
        self.request.next_token = value;
        self
    }

    /// Sets [`NodeId`](ListSyslogsRequest::node_id): The node ID.
    ///
    /// Required.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](ListSyslogsRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// Sets [`Query`](ListSyslogsRequest::query): The query condition.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.request.query = Some(value.into());
        self
    }

    /// Sets or clears [`Query`](ListSyslogsRequest::query): `None` leaves it out.
    pub fn set_query(mut self, value: Option<String>) -> Self {
        self.request.query = value;
        self
    }

    /// Sets [`Reverse`](ListSyslogsRequest::reverse): Specifies whether to query logs in reverse chronological order.
    pub fn reverse(mut self, value: bool) -> Self {
        self.request.reverse = Some(value);
        self
    }

    /// Sets or clears [`Reverse`](ListSyslogsRequest::reverse): `None` leaves it out.
    pub fn set_reverse(mut self, value: Option<bool>) -> Self {
        self.request.reverse = value;
        self
    }

    /// Sets [`ToTime`](ListSyslogsRequest::to_time): The end time.
    ///
    /// Required.
    pub fn to_time(mut self, value: impl Into<String>) -> Self {
        self.request.to_time = Some(value.into());
        self
    }

    /// Sets or clears [`ToTime`](ListSyslogsRequest::to_time): `None` leaves it out.
    pub fn set_to_time(mut self, value: Option<String>) -> Self {
        self.request.to_time = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListSyslogsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListSyslogsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListSyslogsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListSyslogs>(&self.request).await
    }
}
