// @generated from spec/eflo-controller/2022-12-15/actions/ListMachineTypes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListMachineTypes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_machine_types::{
    ListMachineTypes, ListMachineTypesRequest, ListMachineTypesResponse,
};

/// Builds and sends `ListMachineTypes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListMachineTypesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListMachineTypesRequest,
}

impl ListMachineTypesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListMachineTypesRequest::default(),
        }
    }

    /// Sets [`Name`](ListMachineTypesRequest::name): The name of the machine type.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.request.name = Some(value.into());
        self
    }

    /// Sets or clears [`Name`](ListMachineTypesRequest::name): `None` leaves it out.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.request.name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListMachineTypesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListMachineTypesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListMachineTypesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListMachineTypes>(&self.request).await
    }
}
