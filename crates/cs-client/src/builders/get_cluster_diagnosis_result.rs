// @generated from spec/cs/2015-12-15/actions/GetClusterDiagnosisResult.json by `cargo xtask codegen`; do not edit.
//! The builder of `GetClusterDiagnosisResult`.

use cs_model::ErrorCode;
use cs_model::actions::get_cluster_diagnosis_result::{
    GetClusterDiagnosisResult, GetClusterDiagnosisResultRequest,
    GetClusterDiagnosisResultResponse,
};

/// Builds and sends `GetClusterDiagnosisResult`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct GetClusterDiagnosisResultBuilder {
    client: sdk_runtime::ServiceClient,
    request: GetClusterDiagnosisResultRequest,
}

impl GetClusterDiagnosisResultBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: GetClusterDiagnosisResultRequest::default(),
        }
    }

    /// Sets [`ClusterId`](GetClusterDiagnosisResultRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](GetClusterDiagnosisResultRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`DiagnosisId`](GetClusterDiagnosisResultRequest::diagnosis_id).
    ///
    /// Required.
    pub fn diagnosis_id(mut self, value: impl Into<String>) -> Self {
        self.request.diagnosis_id = Some(value.into());
        self
    }

    /// Sets or clears [`DiagnosisId`](GetClusterDiagnosisResultRequest::diagnosis_id): `None` leaves it out.
    pub fn set_diagnosis_id(mut self, value: Option<String>) -> Self {
        self.request.diagnosis_id = value;
        self
    }

    /// Sets [`language`](GetClusterDiagnosisResultRequest::language): The query language.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.request.language = Some(value.into());
        self
    }

    /// Sets or clears [`language`](GetClusterDiagnosisResultRequest::language): `None` leaves it out.
    pub fn set_language(mut self, value: Option<String>) -> Self {
        self.request.language = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &GetClusterDiagnosisResultRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: GetClusterDiagnosisResultRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<GetClusterDiagnosisResultResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<GetClusterDiagnosisResult>(&self.request).await
    }
}
