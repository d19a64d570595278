// @generated from spec/eflo-controller/2022-12-15/actions/ListMachineNetworkInfo.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListMachineNetworkInfo`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_machine_network_info::{
    ListMachineNetworkInfo, ListMachineNetworkInfoRequest, ListMachineNetworkInfoResponse,
};

/// Builds and sends `ListMachineNetworkInfo`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListMachineNetworkInfoBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListMachineNetworkInfoRequest,
}

impl ListMachineNetworkInfoBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListMachineNetworkInfoRequest::default(),
        }
    }

    /// Sets [`MachineHpnInfo`](ListMachineNetworkInfoRequest::machine_hpn_info): The information about the machine types.
    pub fn machine_hpn_info(
        mut self,
        value: impl IntoIterator<
            Item = impl Into<eflo_controller_model::types::MachineHpnInfo>,
        >,
    ) -> Self {
        self.request.machine_hpn_info = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`MachineHpnInfo`](ListMachineNetworkInfoRequest::machine_hpn_info): `None` leaves it out.
    pub fn set_machine_hpn_info(
        mut self,
        value: Option<Vec<eflo_controller_model::types::MachineHpnInfo>>,
    ) -> Self {
        self.request.machine_hpn_info = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListMachineNetworkInfoRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListMachineNetworkInfoRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListMachineNetworkInfoResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListMachineNetworkInfo>(&self.request).await
    }
}
