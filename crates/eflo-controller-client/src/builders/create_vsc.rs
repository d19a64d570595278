// @generated from spec/eflo-controller/2022-12-15/actions/CreateVsc.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateVsc`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::create_vsc::{
    CreateVsc, CreateVscRequest, CreateVscResponse,
};

/// Builds and sends `CreateVsc`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateVscBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateVscRequest,
}

impl CreateVscBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateVscRequest::default(),
        }
    }

    /// Sets [`ClientToken`](CreateVscRequest::client_token): A client token to ensure the idempotency of the request.
    pub fn client_token(mut self, value: impl Into<String>) -> Self {
        self.request.client_token = Some(value.into());
        self
    }

    /// Sets or clears [`ClientToken`](CreateVscRequest::client_token): `None` leaves it out.
    pub fn set_client_token(mut self, value: Option<String>) -> Self {
        self.request.client_token = value;
        self
    }

    /// Sets [`NodeId`](CreateVscRequest::node_id): The ID of the node.
    ///
    /// Required.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](CreateVscRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// Sets [`ResourceGroupId`](CreateVscRequest::resource_group_id): The ID of the resource group.
    pub fn resource_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.resource_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`ResourceGroupId`](CreateVscRequest::resource_group_id): `None` leaves it out.
    pub fn set_resource_group_id(mut self, value: Option<String>) -> Self {
        self.request.resource_group_id = value;
        self
    }

    /// Sets [`Tag`](CreateVscRequest::tag): The tags of the resource.
    pub fn tag(
        mut self,
        value: impl IntoIterator<Item = impl Into<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`Tag`](CreateVscRequest::tag): `None` leaves it out.
    pub fn set_tag(
        mut self,
        value: Option<Vec<eflo_controller_model::types::Tag>>,
    ) -> Self {
        self.request.tag = value;
        self
    }

    /// Sets [`VscName`](CreateVscRequest::vsc_name): The custom name of the VSC.
    pub fn vsc_name(mut self, value: impl Into<String>) -> Self {
        self.request.vsc_name = Some(value.into());
        self
    }

    /// Sets or clears [`VscName`](CreateVscRequest::vsc_name): `None` leaves it out.
    pub fn set_vsc_name(mut self, value: Option<String>) -> Self {
        self.request.vsc_name = value;
        self
    }

    /// Sets [`VscType`](CreateVscRequest::vsc_type): The type of the VSC.
    pub fn vsc_type(
        mut self,
        value: impl Into<eflo_controller_model::types::VscType>,
    ) -> Self {
        self.request.vsc_type = Some(value.into());
        self
    }

    /// Sets or clears [`VscType`](CreateVscRequest::vsc_type): `None` leaves it out.
    pub fn set_vsc_type(
        mut self,
        value: Option<eflo_controller_model::types::VscType>,
    ) -> Self {
        self.request.vsc_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateVscRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateVscRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateVscResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateVsc>(&self.request).await
    }
}
