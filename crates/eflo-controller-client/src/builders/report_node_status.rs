// @generated from spec/eflo-controller/2022-12-15/actions/ReportNodeStatus.json by `cargo xtask codegen`; do not edit.
//! The builder of `ReportNodeStatus`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::report_node_status::{
    ReportNodeStatus, ReportNodeStatusRequest, ReportNodeStatusResponse,
};

/// Builds and sends `ReportNodeStatus`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ReportNodeStatusBuilder {
    client: sdk_runtime::ServiceClient,
    request: ReportNodeStatusRequest,
}

impl ReportNodeStatusBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ReportNodeStatusRequest::default(),
        }
    }

    /// Sets [`Description`](ReportNodeStatusRequest::description): The detailed description of the exception.
    ///
    /// Required.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.request.description = Some(value.into());
        self
    }

    /// Sets or clears [`Description`](ReportNodeStatusRequest::description): `None` leaves it out.
    pub fn set_description(mut self, value: Option<String>) -> Self {
        self.request.description = value;
        self
    }

    /// Sets [`DiagnosisType`](ReportNodeStatusRequest::diagnosis_type): The diagnosis type.
    ///
    /// Required.
    pub fn diagnosis_type(
        mut self,
        value: impl Into<eflo_controller_model::types::DiagnosisType>,
    ) -> Self {
        self.request.diagnosis_type = Some(value.into());
        self
    }

    /// Sets or clears [`DiagnosisType`](ReportNodeStatusRequest::diagnosis_type): `None` leaves it out.
    pub fn set_diagnosis_type(
        mut self,
        value: Option<eflo_controller_model::types::DiagnosisType>,
    ) -> Self {
        self.request.diagnosis_type = value;
        self
    }

    /// Sets [`NodeId`](ReportNodeStatusRequest::node_id): The node ID.
    ///
    /// Required.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](ReportNodeStatusRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ReportNodeStatusRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ReportNodeStatusRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ReportNodeStatusResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ReportNodeStatus>(&self.request).await
    }
}
