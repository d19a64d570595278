// @generated from spec/cs/2015-12-15/actions/CheckServiceRole.json by `cargo xtask codegen`; do not edit.
//! The builder of `CheckServiceRole`.

use cs_model::ErrorCode;
use cs_model::actions::check_service_role::{
    CheckServiceRole, CheckServiceRoleRequest, CheckServiceRoleResponse,
};

/// Builds and sends `CheckServiceRole`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CheckServiceRoleBuilder {
    client: sdk_runtime::ServiceClient,
    request: CheckServiceRoleRequest,
}

impl CheckServiceRoleBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CheckServiceRoleRequest::default(),
        }
    }

    /// Sets [`roles`](CheckServiceRoleRequest::roles): The list of service roles to check.
    ///
    /// Required.
    pub fn roles(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Roles>>,
    ) -> Self {
        self.request.roles = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`roles`](CheckServiceRoleRequest::roles): `None` leaves it out.
    pub fn set_roles(mut self, value: Option<Vec<cs_model::types::Roles>>) -> Self {
        self.request.roles = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CheckServiceRoleRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CheckServiceRoleRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CheckServiceRoleResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CheckServiceRole>(&self.request).await
    }
}
