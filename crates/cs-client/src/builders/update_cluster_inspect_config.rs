// @generated from spec/cs/2015-12-15/actions/UpdateClusterInspectConfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateClusterInspectConfig`.

use cs_model::ErrorCode;
use cs_model::actions::update_cluster_inspect_config::{
    UpdateClusterInspectConfig, UpdateClusterInspectConfigRequest,
    UpdateClusterInspectConfigResponse,
};

/// Builds and sends `UpdateClusterInspectConfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateClusterInspectConfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateClusterInspectConfigRequest,
}

impl UpdateClusterInspectConfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateClusterInspectConfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateClusterInspectConfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateClusterInspectConfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`disabledCheckItems`](UpdateClusterInspectConfigRequest::disabled_check_items): The list of disabled inspection items.
    pub fn disabled_check_items(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.disabled_check_items = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`disabledCheckItems`](UpdateClusterInspectConfigRequest::disabled_check_items): `None` leaves it out.
    pub fn set_disabled_check_items(mut self, value: Option<Vec<String>>) -> Self {
        self.request.disabled_check_items = value;
        self
    }

    /// Sets [`enabled`](UpdateClusterInspectConfigRequest::enabled): Specifies whether to enable inspection.
    pub fn enabled(mut self, value: bool) -> Self {
        self.request.enabled = Some(value);
        self
    }

    /// Sets or clears [`enabled`](UpdateClusterInspectConfigRequest::enabled): `None` leaves it out.
    pub fn set_enabled(mut self, value: Option<bool>) -> Self {
        self.request.enabled = value;
        self
    }

    /// Sets [`scheduleTime`](UpdateClusterInspectConfigRequest::schedule_time): The inspection cycle defined by using the RFC5545 Recurrence Rule syntax.
    pub fn schedule_time(mut self, value: impl Into<String>) -> Self {
        self.request.schedule_time = Some(value.into());
        self
    }

    /// Sets or clears [`scheduleTime`](UpdateClusterInspectConfigRequest::schedule_time): `None` leaves it out.
    pub fn set_schedule_time(mut self, value: Option<String>) -> Self {
        self.request.schedule_time = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateClusterInspectConfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateClusterInspectConfigRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateClusterInspectConfigResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateClusterInspectConfig>(&self.request).await
    }
}
