// @generated from spec/cs/2015-12-15/actions/ModifyAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The builder of `ModifyAutoRepairPolicy`.

use cs_model::ErrorCode;
use cs_model::actions::modify_auto_repair_policy::{
    ModifyAutoRepairPolicy, ModifyAutoRepairPolicyRequest, ModifyAutoRepairPolicyResponse,
};

/// Builds and sends `ModifyAutoRepairPolicy`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ModifyAutoRepairPolicyBuilder {
    client: sdk_runtime::ServiceClient,
    request: ModifyAutoRepairPolicyRequest,
}

impl ModifyAutoRepairPolicyBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ModifyAutoRepairPolicyRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ModifyAutoRepairPolicyRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ModifyAutoRepairPolicyRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PolicyId`](ModifyAutoRepairPolicyRequest::policy_id).
    ///
    /// Required.
    pub fn policy_id(mut self, value: impl Into<String>) -> Self {
        self.request.policy_id = Some(value.into());
        self
    }

    /// Sets or clears [`PolicyId`](ModifyAutoRepairPolicyRequest::policy_id): `None` leaves it out.
    pub fn set_policy_id(mut self, value: Option<String>) -> Self {
        self.request.policy_id = value;
        self
    }

    /// Sets [`name`](ModifyAutoRepairPolicyRequest::name): The name of the self-healing rule.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](ModifyAutoRepairPolicyRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`rules`](ModifyAutoRepairPolicyRequest::rules): The list of self-healing sub-rules.
    pub fn rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Rules>>,
    ) -> Self {
        self.request.rules = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`rules`](ModifyAutoRepairPolicyRequest::rules): `None` leaves it out.
    pub fn set_rules(mut self, value: Option<Vec<cs_model::types::Rules>>) -> Self {
        self.request.rules = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ModifyAutoRepairPolicyRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ModifyAutoRepairPolicyRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ModifyAutoRepairPolicyResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ModifyAutoRepairPolicy>(&self.request).await
    }
}
