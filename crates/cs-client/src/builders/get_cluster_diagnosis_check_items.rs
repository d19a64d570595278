// @generated from spec/cs/2015-12-15/actions/GetClusterDiagnosisCheckItems.json by `cargo xtask codegen`; do not edit.
//! The builder of `GetClusterDiagnosisCheckItems`.

use cs_model::ErrorCode;
use cs_model::actions::get_cluster_diagnosis_check_items::{
    GetClusterDiagnosisCheckItems, GetClusterDiagnosisCheckItemsRequest,
    GetClusterDiagnosisCheckItemsResponse,
};

/// Builds and sends `GetClusterDiagnosisCheckItems`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct GetClusterDiagnosisCheckItemsBuilder {
    client: sdk_runtime::ServiceClient,
    request: GetClusterDiagnosisCheckItemsRequest,
}

impl GetClusterDiagnosisCheckItemsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: GetClusterDiagnosisCheckItemsRequest::default(),
        }
    }

    /// Sets [`ClusterId`](GetClusterDiagnosisCheckItemsRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](GetClusterDiagnosisCheckItemsRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`DiagnosisId`](GetClusterDiagnosisCheckItemsRequest::diagnosis_id).
    ///
    /// Required.
    pub fn diagnosis_id(mut self, value: impl Into<String>) -> Self {
        self.request.diagnosis_id = Some(value.into());
        self
    }

    /// Sets or clears [`DiagnosisId`](GetClusterDiagnosisCheckItemsRequest::diagnosis_id): `None` leaves it out.
    pub fn set_diagnosis_id(mut self, value: Option<String>) -> Self {
        self.request.diagnosis_id = value;
        self
    }

    /// Sets [`language`](GetClusterDiagnosisCheckItemsRequest::language): The query language.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.request.language = Some(value.into());
        self
    }

    /// Sets or clears [`language`](GetClusterDiagnosisCheckItemsRequest::language): `None` leaves it out.
    pub fn set_language(mut self, value: Option<String>) -> Self {
        self.request.language = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &GetClusterDiagnosisCheckItemsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: GetClusterDiagnosisCheckItemsRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        GetClusterDiagnosisCheckItemsResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<GetClusterDiagnosisCheckItems>(&self.request).await
    }
}
