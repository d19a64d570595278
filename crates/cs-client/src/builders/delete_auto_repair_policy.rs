// @generated from spec/cs/2015-12-15/actions/DeleteAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeleteAutoRepairPolicy`.

use cs_model::ErrorCode;
use cs_model::actions::delete_auto_repair_policy::{
    DeleteAutoRepairPolicy, DeleteAutoRepairPolicyRequest, DeleteAutoRepairPolicyResponse,
};

/// Builds and sends `DeleteAutoRepairPolicy`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeleteAutoRepairPolicyBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeleteAutoRepairPolicyRequest,
}

impl DeleteAutoRepairPolicyBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeleteAutoRepairPolicyRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeleteAutoRepairPolicyRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeleteAutoRepairPolicyRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PolicyId`](DeleteAutoRepairPolicyRequest::policy_id).
    ///
    /// Required.
    pub fn policy_id(mut self, value: impl Into<String>) -> Self {
        self.request.policy_id = Some(value.into());
        self
    }

    /// Sets or clears [`PolicyId`](DeleteAutoRepairPolicyRequest::policy_id): `None` leaves it out.
    pub fn set_policy_id(mut self, value: Option<String>) -> Self {
        self.request.policy_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeleteAutoRepairPolicyRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeleteAutoRepairPolicyRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeleteAutoRepairPolicyResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeleteAutoRepairPolicy>(&self.request).await
    }
}
