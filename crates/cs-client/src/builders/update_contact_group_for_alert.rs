// @generated from spec/cs/2015-12-15/actions/UpdateContactGroupForAlert.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateContactGroupForAlert`.

use cs_model::ErrorCode;
use cs_model::actions::update_contact_group_for_alert::{
    UpdateContactGroupForAlert, UpdateContactGroupForAlertRequest,
    UpdateContactGroupForAlertResponse,
};

/// Builds and sends `UpdateContactGroupForAlert`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateContactGroupForAlertBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateContactGroupForAlertRequest,
}

impl UpdateContactGroupForAlertBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateContactGroupForAlertRequest::default(),
        }
    }

    /// Sets [`ClusterId`](UpdateContactGroupForAlertRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](UpdateContactGroupForAlertRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`alert_rule_group_name`](UpdateContactGroupForAlertRequest::alert_rule_group_name): The name of the contact group for the alert metric.
    pub fn alert_rule_group_name(mut self, value: impl Into<String>) -> Self {
        self.request.alert_rule_group_name = Some(value.into());
        self
    }

    /// Sets or clears [`alert_rule_group_name`](UpdateContactGroupForAlertRequest::alert_rule_group_name): `None` leaves it out.
    pub fn set_alert_rule_group_name(mut self, value: Option<String>) -> Self {
        self.request.alert_rule_group_name = value;
        self
    }

    /// Sets [`contact_group_ids`](UpdateContactGroupForAlertRequest::contact_group_ids): The list of contact group IDs.
    pub fn contact_group_ids(mut self, value: impl IntoIterator<Item = i64>) -> Self {
        self.request.contact_group_ids = Some(value.into_iter().collect());
        self
    }

    /// Sets or clears [`contact_group_ids`](UpdateContactGroupForAlertRequest::contact_group_ids): `None` leaves it out.
    pub fn set_contact_group_ids(mut self, value: Option<Vec<i64>>) -> Self {
        self.request.contact_group_ids = value;
        self
    }

    /// Sets [`cr_name`](UpdateContactGroupForAlertRequest::cr_name): The name of the CR instance.
    pub fn cr_name(mut self, value: impl Into<String>) -> Self {
        self.request.cr_name = Some(value.into());
        self
    }

    /// Sets or clears [`cr_name`](UpdateContactGroupForAlertRequest::cr_name): `None` leaves it out.
    pub fn set_cr_name(mut self, value: Option<String>) -> Self {
        self.request.cr_name = value;
        self
    }

    /// Sets [`namespace`](UpdateContactGroupForAlertRequest::namespace): The namespace where the resource resides.
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.request.namespace = Some(value.into());
        self
    }

    /// Sets or clears [`namespace`](UpdateContactGroupForAlertRequest::namespace): `None` leaves it out.
    pub fn set_namespace(mut self, value: Option<String>) -> Self {
        self.request.namespace = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateContactGroupForAlertRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateContactGroupForAlertRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateContactGroupForAlertResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateContactGroupForAlert>(&self.request).await
    }
}
