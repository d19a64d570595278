// @generated from spec/cs/2015-12-15/actions/ResumeComponentUpgrade.json by `cargo xtask codegen`; do not edit.
//! The builder of `ResumeComponentUpgrade`.

use cs_model::ErrorCode;
use cs_model::actions::resume_component_upgrade::{
    ResumeComponentUpgrade, ResumeComponentUpgradeRequest, ResumeComponentUpgradeResponse,
};

/// Builds and sends `ResumeComponentUpgrade`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ResumeComponentUpgradeBuilder {
    client: sdk_runtime::ServiceClient,
    request: ResumeComponentUpgradeRequest,
}

impl ResumeComponentUpgradeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ResumeComponentUpgradeRequest::default(),
        }
    }

    /// Sets [`Clusterid`](ResumeComponentUpgradeRequest::clusterid).
    ///
    /// Required.
    pub fn clusterid(mut self, value: impl Into<String>) -> Self {
        self.request.clusterid = Some(value.into());
        self
    }

    /// Sets or clears [`Clusterid`](ResumeComponentUpgradeRequest::clusterid): `None` leaves it out.
    pub fn set_clusterid(mut self, value: Option<String>) -> Self {
        self.request.clusterid = value;
        self
    }

    /// Sets [`Componentid`](ResumeComponentUpgradeRequest::componentid).
    ///
    /// Required.
    pub fn componentid(mut self, value: impl Into<String>) -> Self {
        self.request.componentid = Some(value.into());
        self
    }

    /// Sets or clears [`Componentid`](ResumeComponentUpgradeRequest::componentid): `None` leaves it out.
    pub fn set_componentid(mut self, value: Option<String>) -> Self {
        self.request.componentid = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ResumeComponentUpgradeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ResumeComponentUpgradeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ResumeComponentUpgradeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ResumeComponentUpgrade>(&self.request).await
    }
}
