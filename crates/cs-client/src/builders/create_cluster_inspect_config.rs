// @generated from spec/cs/2015-12-15/actions/CreateClusterInspectConfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `CreateClusterInspectConfig`.

use cs_model::ErrorCode;
use cs_model::actions::create_cluster_inspect_config::{
    CreateClusterInspectConfig, CreateClusterInspectConfigRequest,
    CreateClusterInspectConfigResponse,
};

/// Builds and sends `CreateClusterInspectConfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct CreateClusterInspectConfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: CreateClusterInspectConfigRequest,
}

impl CreateClusterInspectConfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: CreateClusterInspectConfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](CreateClusterInspectConfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](CreateClusterInspectConfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`disabledCheckItems`](CreateClusterInspectConfigRequest::disabled_check_items): The list of disabled inspection items.
    pub fn disabled_check_items(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.disabled_check_items = Some(
            value.into_iter().map(Into::into).collect(),
        );
        self
    }

    /// Sets or clears [`disabledCheckItems`](CreateClusterInspectConfigRequest::disabled_check_items): `None` leaves it out.
    pub fn set_disabled_check_items(mut self, value: Option<Vec<String>>) -> Self {
        self.request.disabled_check_items = value;
        self
    }

    /// Sets [`enabled`](CreateClusterInspectConfigRequest::enabled): Specifies whether to enable inspection.
    ///
    /// Required.
    pub fn enabled(mut self, value: bool) -> Self {
        self.request.enabled = Some(value);
        self
    }

    /// Sets or clears [`enabled`](CreateClusterInspectConfigRequest::enabled): `None` leaves it out.
    pub fn set_enabled(mut self, value: Option<bool>) -> Self {
        self.request.enabled = value;
        self
    }

    /// Sets [`recurrence`](CreateClusterInspectConfigRequest::recurrence): The inspection cycle defined by using the RFC5545 Recurrence Rule syntax.
    ///
    /// Required.
    pub fn recurrence(mut self, value: impl Into<String>) -> Self {
        self.request.recurrence = Some(value.into());
        self
    }

    /// Sets or clears [`recurrence`](CreateClusterInspectConfigRequest::recurrence): `None` leaves it out.
    pub fn set_recurrence(mut self, value: Option<String>) -> Self {
        self.request.recurrence = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &CreateClusterInspectConfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: CreateClusterInspectConfigRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<CreateClusterInspectConfigResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<CreateClusterInspectConfig>(&self.request).await
    }
}
