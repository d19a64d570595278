// @generated from spec/cs/2015-12-15/actions/DeletePolicyInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeletePolicyInstance`.

use cs_model::ErrorCode;
use cs_model::actions::delete_policy_instance::{
    DeletePolicyInstance, DeletePolicyInstanceRequest, DeletePolicyInstanceResponse,
};

/// Builds and sends `DeletePolicyInstance`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeletePolicyInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeletePolicyInstanceRequest,
}

impl DeletePolicyInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeletePolicyInstanceRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeletePolicyInstanceRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeletePolicyInstanceRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PolicyName`](DeletePolicyInstanceRequest::policy_name).
    ///
    /// Required.
    pub fn policy_name(mut self, value: impl Into<String>) -> Self {
        self.request.policy_name = Some(value.into());
        self
    }

    /// Sets or clears [`PolicyName`](DeletePolicyInstanceRequest::policy_name): `None` leaves it out.
    pub fn set_policy_name(mut self, value: Option<String>) -> Self {
        self.request.policy_name = value;
        self
    }

    /// Sets [`instance_name`](DeletePolicyInstanceRequest::instance_name): The instance ID of the policy rule.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.request.instance_name = Some(value.into());
        self
    }

    /// Sets or clears [`instance_name`](DeletePolicyInstanceRequest::instance_name): `None` leaves it out.
    pub fn set_instance_name(mut self, value: Option<String>) -> Self {
        self.request.instance_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeletePolicyInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeletePolicyInstanceRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeletePolicyInstanceResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeletePolicyInstance>(&self.request).await
    }
}
