// @generated from spec/eflo-controller/2022-12-15/actions/CreateDiagnosticTask.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateDiagnosticTask`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::create_diagnostic_task::{
    CreateDiagnosticTask, CreateDiagnosticTaskRequest, CreateDiagnosticTaskResponse,
};

/// Builds and sends `CreateDiagnosticTask`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateDiagnosticTaskBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateDiagnosticTaskRequest,
}

impl CreateDiagnosticTaskBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateDiagnosticTaskRequest::default(),
        }
    }

    /// Sets [`AiJobLogInfo`](CreateDiagnosticTaskRequest::ai_job_log_info): The log information.
    pub fn ai_job_log_info(
        mut self,
        value: impl Into<eflo_controller_model::types::AiJobLogInfo>,
    ) -> Self {
        self.request.ai_job_log_info = Some(value.into());
        self
    }

    /// Sets or clears [`AiJobLogInfo`](CreateDiagnosticTaskRequest::ai_job_log_info): `None` leaves it out.
    pub fn set_ai_job_log_info(
        mut self,
        value: Option<eflo_controller_model::types::AiJobLogInfo>,
    ) -> Self {
        self.request.ai_job_log_info = value;
        self
    }

    /// Sets [`ClusterId`](CreateDiagnosticTaskRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateDiagnosticTaskRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`DiagnosticType`](CreateDiagnosticTaskRequest::diagnostic_type): The diagnostics type.
    pub fn diagnostic_type(mut self, value: impl Into<String>) -> Self {
        self.request.diagnostic_type = Some(value.into());
        self
    }

    /// Sets or clears [`DiagnosticType`](CreateDiagnosticTaskRequest::diagnostic_type): `None` leaves it out.
    pub fn set_diagnostic_type(mut self, value: Option<String>) -> Self {
        self.request.diagnostic_type = value;
        self
    }

    /// Sets [`NodeIds`](CreateDiagnosticTaskRequest::node_ids): The IDs of the nodes.
    pub fn node_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIds`](CreateDiagnosticTaskRequest::node_ids): `None` leaves it out.
    pub fn set_node_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_ids = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateDiagnosticTaskRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateDiagnosticTaskRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateDiagnosticTaskResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateDiagnosticTask>(&self.request).await
    }
}
