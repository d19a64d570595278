// @generated from spec/cs/2015-12-15/actions/UpdateResourcesDeleteProtection.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateResourcesDeleteProtection`.

use cs_model::ErrorCode;
use cs_model::actions::update_resources_delete_protection::{
    UpdateResourcesDeleteProtection, UpdateResourcesDeleteProtectionRequest,
    UpdateResourcesDeleteProtectionResponse,
};

/// Builds and sends `UpdateResourcesDeleteProtection`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateResourcesDeleteProtectionBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateResourcesDeleteProtectionRequest,
}

impl UpdateResourcesDeleteProtectionBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateResourcesDeleteProtectionRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateResourcesDeleteProtectionRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateResourcesDeleteProtectionRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`enable`](UpdateResourcesDeleteProtectionRequest::enable): Specifies whether to enable deletion protection for the resource.
    pub fn enable(mut self, value: bool) -> Self {
        self.request.enable = Some(value);
        self
    }

    /// Sets or clears [`enable`](UpdateResourcesDeleteProtectionRequest::enable): `None` leaves it out.
    pub fn set_enable(mut self, value: Option<bool>) -> Self {
        self.request.enable = value;
        self
    }

    /// Sets [`namespace`](UpdateResourcesDeleteProtectionRequest::namespace): The namespace where the resource resides.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.request.namespace = Some(value.into());
        self
    }

    /// Sets or clears [`namespace`](UpdateResourcesDeleteProtectionRequest::namespace): `None` leaves it out.
    pub fn set_namespace(mut self, value: Option<String>) -> Self {
        self.request.namespace = value;
        self
    }

    /// Sets [`resource_type`](UpdateResourcesDeleteProtectionRequest::resource_type): The type of the resource to update.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`resource_type`](UpdateResourcesDeleteProtectionRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// Sets [`resources`](UpdateResourcesDeleteProtectionRequest::resources): The list of target resources.
    pub fn resources(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.resources = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`resources`](UpdateResourcesDeleteProtectionRequest::resources): `None` leaves it out.
    pub fn set_resources(mut self, value: Option<Vec<String>>) -> Self {
        self.request.resources = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateResourcesDeleteProtectionRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: UpdateResourcesDeleteProtectionRequest,
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
        UpdateResourcesDeleteProtectionResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<UpdateResourcesDeleteProtection>(&self.request).await
    }
}
