// @generated from spec/eflo-controller/2022-12-15/actions/ReportNodesStatus.json by `cargo xtask codegen`; do not edit.
//! The builder of `ReportNodesStatus`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::report_nodes_status::{
    ReportNodesStatus, ReportNodesStatusRequest, ReportNodesStatusResponse,
};

/// Builds and sends `ReportNodesStatus`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ReportNodesStatusBuilder {
    client: sdk_runtime::ServiceClient,
    request: ReportNodesStatusRequest,
}

impl ReportNodesStatusBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ReportNodesStatusRequest::default(),
        }
    }

    /// Sets [`Description`](ReportNodesStatusRequest::description): The description.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](ReportNodesStatusRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`EndTime`](ReportNodesStatusRequest::end_time): The end time of the node issue.
    pub fn end_time(mut self, value: impl Into<String>) -> Self {
        self.request.end_time = Some(value.into());
        self
    }

    /// Sets or clears [`EndTime`](ReportNodesStatusRequest::end_time): `None` leaves it out.
    pub fn set_end_time(mut self, value: Option<String>) -> Self {
        self.request.end_time = value;
        self
    }

    /// Sets [`IssueCategory`](ReportNodesStatusRequest::issue_category): The category of the issue.
    pub fn issue_category(mut self, value: impl Into<String>) -> Self {
        self.request.issue_category = Some(value.into());
        self
    }

    /// Sets or clears [`IssueCategory`](ReportNodesStatusRequest::issue_category): `None` leaves it out.
    pub fn set_issue_category(mut self, value: Option<String>) -> Self {
        self.request.issue_category = value;
        self
    }

    /// Sets [`Nodes`](ReportNodesStatusRequest::nodes): The list of nodes.
    pub fn nodes(mut self, value: impl IntoIterator<Item = impl Into<String>>) -> Self {
        self.request.nodes = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Nodes`](ReportNodesStatusRequest::nodes): `None` leaves it out.
    pub fn set_nodes(mut self, value: Option<Vec<String>>) -> Self {
        self.request.nodes = value;
        self
    }

    /// Sets [`Reason`](ReportNodesStatusRequest::reason): The impact of the issue on the Lingjun node.
    pub fn reason(mut self, value: impl Into<String>) -> Self {
        self.request.reason = Some(value.into());
        self
    }

    /// Sets or clears [`Reason`](ReportNodesStatusRequest::reason): `None` leaves it out.
    pub fn set_reason(mut self, value: Option<String>) -> Self {
        self.request.reason = value;
        self
    }

    /// Sets [`StartTime`](ReportNodesStatusRequest::start_time): The start time of the node issue.
    pub fn start_time(mut self, value: impl Into<String>) -> Self {
        self.request.start_time = Some(value.into());
        self
    }

    /// Sets or clears [`StartTime`](ReportNodesStatusRequest::start_time): `None` leaves it out.
    pub fn set_start_time(mut self, value: Option<String>) -> Self {
        self.request.start_time = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ReportNodesStatusRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ReportNodesStatusRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ReportNodesStatusResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ReportNodesStatus>(&self.request).await
    }
}
