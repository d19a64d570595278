// @generated from spec/cs/2015-12-15/actions/CreateAutoRepairPolicy.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateAutoRepairPolicy`.

use cs_model::ErrorCode;
use cs_model::actions::create_auto_repair_policy::{
    CreateAutoRepairPolicy, CreateAutoRepairPolicyRequest, CreateAutoRepairPolicyResponse,
};

/// Builds and sends `CreateAutoRepairPolicy`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateAutoRepairPolicyBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateAutoRepairPolicyRequest,
}

impl CreateAutoRepairPolicyBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateAutoRepairPolicyRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateAutoRepairPolicyRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateAutoRepairPolicyRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`name`](CreateAutoRepairPolicyRequest::name): The name of the self-healing rule.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`name`](CreateAutoRepairPolicyRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// Sets [`resource_sub_type`](CreateAutoRepairPolicyRequest::resource_sub_type): The resource subtype that can be associated with the self-healing rule.
    pub fn resource_sub_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_sub_type = Some(value.into());
        self
    }

    /// Sets or clears [`resource_sub_type`](CreateAutoRepairPolicyRequest::resource_sub_type): `None` leaves it out.
    pub fn set_resource_sub_type(mut self, value: Option<String>) -> Self {
        self.request.resource_sub_type = value;
        self
    }

    /// Sets [`resource_type`](CreateAutoRepairPolicyRequest::resource_type): The resource type that can be associated with the self-healing rule.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`resource_type`](CreateAutoRepairPolicyRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`rules`](CreateAutoRepairPolicyRequest::rules): The list of self-healing subrules.
    pub fn rules(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Rules>>,
    ) -> Self {
        self.request.rules = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`rules`](CreateAutoRepairPolicyRequest::rules): `None` leaves it out.
    pub fn set_rules(mut self, value: Option<Vec<cs_model::types::Rules>>) -> Self {
        self.request.rules = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateAutoRepairPolicyRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateAutoRepairPolicyRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateAutoRepairPolicyResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateAutoRepairPolicy>(&self.request).await
    }
}
