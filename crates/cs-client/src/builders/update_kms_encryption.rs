// @generated from spec/cs/2015-12-15/actions/UpdateKMSEncryption.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateKMSEncryption`.

use cs_model::ErrorCode;
use cs_model::actions::update_kms_encryption::{
    UpdateKMSEncryption, UpdateKMSEncryptionRequest, UpdateKMSEncryptionResponse,
};

/// Builds and sends `UpdateKMSEncryption`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateKMSEncryptionBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateKMSEncryptionRequest,
}

impl UpdateKMSEncryptionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateKMSEncryptionRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateKMSEncryptionRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateKMSEncryptionRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`disable_encryption`](UpdateKMSEncryptionRequest::disable_encryption): Specifies whether to disable the encryption at rest feature for Secrets.
    pub fn disable_encryption(mut self, value: bool) -> Self {
        self.request.disable_encryption = Some(value);
        self
    }

    /// Sets or clears [`disable_encryption`](UpdateKMSEncryptionRequest::disable_encryption): `None` leaves it out.
    pub fn set_disable_encryption(mut self, value: Option<bool>) -> Self {
        self.request.disable_encryption = value;
        self
    }

    /// Sets [`kms_key_id`](UpdateKMSEncryptionRequest::kms_key_id): The KMS key ID used for the encryption at rest feature for Secrets.
    pub fn kms_key_id(mut self, value: impl Into<String>) -> Self {
        self.request.kms_key_id = Some(value.into());
        self
    }

    /// Sets or clears [`kms_key_id`](UpdateKMSEncryptionRequest::kms_key_id): `None` leaves it out.
    pub fn set_kms_key_id(mut self, value: Option<String>) -> Self {
        self.request.kms_key_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateKMSEncryptionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateKMSEncryptionRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateKMSEncryptionResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateKMSEncryption>(&self.request).await
    }
}
