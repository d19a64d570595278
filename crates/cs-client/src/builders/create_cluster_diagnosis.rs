// @generated from spec/cs/2015-12-15/actions/CreateClusterDiagnosis.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateClusterDiagnosis`.

use cs_model::ErrorCode;
use cs_model::actions::create_cluster_diagnosis::{
    CreateClusterDiagnosis, CreateClusterDiagnosisRequest, CreateClusterDiagnosisResponse,
};

/// Builds and sends `CreateClusterDiagnosis`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateClusterDiagnosisBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateClusterDiagnosisRequest,
}

impl CreateClusterDiagnosisBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateClusterDiagnosisRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateClusterDiagnosisRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateClusterDiagnosisRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`target`](CreateClusterDiagnosisRequest::target): The parameters used to specify the diagnosis target.
    pub fn target(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.target = Some(value.into());
        self
    }

    /// Sets or clears [`target`](CreateClusterDiagnosisRequest::target): `None` leaves it out.
    pub fn set_target(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.target = value;
        self
    }

    /// Sets `type`: The diagnosis type.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.request.r#type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateClusterDiagnosisRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateClusterDiagnosisRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateClusterDiagnosisResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateClusterDiagnosis>(&self.request).await
    }
}
