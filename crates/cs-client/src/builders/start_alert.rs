// @generated from spec/cs/2015-12-15/actions/StartAlert.json by `cargo xtask codegen`; do not edit.
//! The builder of `StartAlert`.

use cs_model::ErrorCode;
use cs_model::actions::start_alert::{StartAlert, StartAlertRequest, StartAlertResponse};

/// Builds and sends `StartAlert`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct StartAlertBuilder {
    client: sdk_runtime::ServiceClient,
    request: StartAlertRequest,
}

impl StartAlertBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: StartAlertRequest::default(),
        }
    }

    /// Sets [`ClusterId`](StartAlertRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](StartAlertRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`alert_rule_group_name`](StartAlertRequest::alert_rule_group_name): The name of the alert rule group.
    pub fn alert_rule_group_name(mut self, value: impl Into<String>) -> Self {
        self.request.alert_rule_group_name = Some(value.into());
        self
    }

    /// Sets or clears [`alert_rule_group_name`](StartAlertRequest::alert_rule_group_name): `None` leaves it out.
    pub fn set_alert_rule_group_name(mut self, value: Option<String>) -> Self {
        self.request.alert_rule_group_name = value;
        self
    }

    /// Sets [`alert_rule_name`](StartAlertRequest::alert_rule_name): The name of the alert rule.
    pub fn alert_rule_name(mut self, value: impl Into<String>) -> Self {
        self.request.alert_rule_name = Some(value.into());
        self
    }

    /// Sets or clears [`alert_rule_name`](StartAlertRequest::alert_rule_name): `None` leaves it out.
    pub fn set_alert_rule_name(mut self, value: Option<String>) -> Self {
        self.request.alert_rule_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &StartAlertRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: StartAlertRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<StartAlertResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<StartAlert>(&self.request).await
    }
}
