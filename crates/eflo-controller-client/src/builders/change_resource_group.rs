// @generated from spec/eflo-controller/2022-12-15/actions/ChangeResourceGroup.json by `cargo xtask codegen`; do not edit.
//! The builder of `ChangeResourceGroup`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::change_resource_group::{
    ChangeResourceGroup, ChangeResourceGroupRequest, ChangeResourceGroupResponse,
};

/// Builds and sends `ChangeResourceGroup`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ChangeResourceGroupBuilder {
    client: sdk_runtime::ServiceClient,
    request: ChangeResourceGroupRequest,
}

impl ChangeResourceGroupBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ChangeResourceGroupRequest::default(),
        }
    }

    /// Sets [`ResourceGroupId`](ChangeResourceGroupRequest::resource_group_id): The ID of the destination resource group.
    ///
    /// Required.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](ChangeResourceGroupRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`ResourceId`](ChangeResourceGroupRequest::resource_id): The ID of the resource.
    ///
    /// Required.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceId`](ChangeResourceGroupRequest::resource_id): `None` leaves it out.
    pub fn set_resource_id(mut self, value: Option<String>) -> Self {
        self.request.resource_id = value;
        self
    }

    /// Sets [`ResourceRegionId`](ChangeResourceGroupRequest::resource_region_id): The ID of the region.
    ///
    /// Required.
    pub fn resource_region_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_region_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceRegionId`](ChangeResourceGroupRequest::resource_region_id): `None` leaves it out.
    pub fn set_resource_region_id(mut self, value: Option<String>) -> Self {
        self.request.resource_region_id = value;
        self
    }

    /// Sets [`ResourceType`](ChangeResourceGroupRequest::resource_type): The type of the resource.
    pub fn resource_type(mut self, value: impl Into<String>) -> Self {
        self.request.resource_type = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceType`](ChangeResourceGroupRequest::resource_type): `None` leaves it out.
    pub fn set_resource_type(mut self, value: Option<String>) -> Self {
        self.request.resource_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ChangeResourceGroupRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ChangeResourceGroupRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ChangeResourceGroupResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ChangeResourceGroup>(&self.request).await
    }
}
