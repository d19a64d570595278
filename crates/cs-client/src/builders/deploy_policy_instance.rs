// @generated from spec/cs/2015-12-15/actions/DeployPolicyInstance.json by `cargo xtask codegen`; do not edit.
//! The builder of `DeployPolicyInstance`.

use cs_model::ErrorCode;
use cs_model::actions::deploy_policy_instance::{
    DeployPolicyInstance, DeployPolicyInstanceRequest, DeployPolicyInstanceResponse,
};

/// Builds and sends `DeployPolicyInstance`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DeployPolicyInstanceBuilder {
    client: sdk_runtime::ServiceClient,
    request: DeployPolicyInstanceRequest,
}

impl DeployPolicyInstanceBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DeployPolicyInstanceRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DeployPolicyInstanceRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DeployPolicyInstanceRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PolicyName`](DeployPolicyInstanceRequest::policy_name).
    ///
    /// Required.
    pub fn policy_name(mut self, value: impl Into<String>) -> Self {
        self.request.policy_name = Some(value.into());
        self
    }

    /// Sets or clears [`PolicyName`](DeployPolicyInstanceRequest::policy_name): `None` leaves it out.
    pub fn set_policy_name(mut self, value: Option<String>) -> Self {
        self.request.policy_name = value;
        self
    }

    /// Sets [`action`](DeployPolicyInstanceRequest::action): The governance action of the rule.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.request.action = Some(value.into());
        self
    }

    /// Sets or clears [`action`](DeployPolicyInstanceRequest::action): `None` leaves it out.
    pub fn set_action(mut self, value: Option<String>) -> Self {
        self.request.action = value;
        self
    }

    /// Sets [`namespaces`](DeployPolicyInstanceRequest::namespaces): The namespaces where the policy is enforced.
    pub fn namespaces(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.namespaces = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`namespaces`](DeployPolicyInstanceRequest::namespaces): `None` leaves it out.
    pub fn set_namespaces(mut self, value: Option<Vec<String>>) -> Self {
        self.request.namespaces = value;
        self
    }

    /// Sets [`parameters`](DeployPolicyInstanceRequest::parameters): The parameter settings of the current rule instance.
    pub fn parameters(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.request.parameters = Some(value.into());
        self
    }

    /// Sets or clears [`parameters`](DeployPolicyInstanceRequest::parameters): `None` leaves it out.
    pub fn set_parameters(mut self, value: Option<serde_json::Value>) -> Self {
        self.request.parameters = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DeployPolicyInstanceRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DeployPolicyInstanceRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<DeployPolicyInstanceResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DeployPolicyInstance>(&self.request).await
    }
}
