// @generated from spec/cs/2015-12-15/actions/ModifyPolicyInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyPolicyInstance`.

use cs_model::ErrorCode;
use cs_model::actions::modify_policy_instance::{
    ModifyPolicyInstance, ModifyPolicyInstanceRequest, ModifyPolicyInstanceResponse,
};

/// Builds and sends `ModifyPolicyInstance`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyPolicyInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyPolicyInstanceRequest,
}

impl ModifyPolicyInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyPolicyInstanceRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ModifyPolicyInstanceRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ModifyPolicyInstanceRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PolicyName`](ModifyPolicyInstanceRequest::policy_name).
    ///
    /// Required.
    pub fn policy_name(mut self, value: impl Into<String>) -> Self {
        self.request.policy_name = Some(value.into());
        self
    }

    /// Sets or clears [`PolicyName`](ModifyPolicyInstanceRequest::policy_name): `None` leaves it out.
    pub fn set_policy_name(mut self, value: Option<String>) -> Self {
        self.request.policy_name = value;
        self
    }

    /// Sets [`action`](ModifyPolicyInstanceRequest::action): The governance action of the rule.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.request.action = Some(value.into());
        self
    }

    /// Sets or clears [`action`](ModifyPolicyInstanceRequest::action): `None` leaves it out.
    pub fn set_action(mut self, value: Option<String>) -> Self {
        self.request.action = value;
        self
    }

    /// Sets [`instance_name`](ModifyPolicyInstanceRequest::instance_name): The instance ID of the policy rule.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.request.instance_name = Some(value.into());
        self
    }

    /// Sets or clears [`instance_name`](ModifyPolicyInstanceRequest::instance_name): `None` leaves it out.
    pub fn set_instance_name(mut self, value: Option<String>) -> Self {
        self.request.instance_name = value;
        self
    }

    /// Sets [`namespaces`](ModifyPolicyInstanceRequest::namespaces): The namespaces where the policy is enforced.
    pub fn namespaces(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.namespaces = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`namespaces`](ModifyPolicyInstanceRequest::namespaces): `None` leaves it out.
    pub fn set_namespaces(mut self, value: Option<Vec<String>>) -> Self {
        self.request.namespaces = value;
        self
    }

    /// Sets [`parameters`](ModifyPolicyInstanceRequest::parameters): The configuration parameters of the current rule instance.
    pub fn parameters(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`parameters`](ModifyPolicyInstanceRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.parameters = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyPolicyInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyPolicyInstanceRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyPolicyInstanceResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyPolicyInstance>(&self.request).await
    }
}
