// @generated from spec/cs/2015-12-15/actions/CancelComponentUpgrade.json by `cargo xtask codegen`; do not edit.
//! The builder of `CancelComponentUpgrade`.

use cs_model::ErrorCode;
use cs_model::actions::cancel_component_upgrade::{
    CancelComponentUpgrade, CancelComponentUpgradeRequest, CancelComponentUpgradeResponse,
};

/// Builds and sends `CancelComponentUpgrade`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CancelComponentUpgradeBuilder {
    client: sdk_runtime::ServiceClient,
    request: CancelComponentUpgradeRequest,
}

impl CancelComponentUpgradeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CancelComponentUpgradeRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CancelComponentUpgradeRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CancelComponentUpgradeRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`ComponentId`](CancelComponentUpgradeRequest::component_id).
    ///
    /// Required.
    pub fn component_id(mut self, value: impl Into<String>) -> Self {
        self.request.component_id = Some(value.into());
        self
    }

    /// Sets or clears [`ComponentId`](CancelComponentUpgradeRequest::component_id): `None` leaves it out.
    pub fn set_component_id(mut self, value: Option<String>) -> Self {
        self.request.component_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CancelComponentUpgradeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CancelComponentUpgradeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CancelComponentUpgradeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CancelComponentUpgrade>(&self.request).await
    }
}
