// @generated from spec/cs/2015-12-15/actions/ListUserKubeConfigStates.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListUserKubeConfigStates`.

use cs_model::ErrorCode;
use cs_model::actions::list_user_kube_config_states::{
    ListUserKubeConfigStates, ListUserKubeConfigStatesRequest,
    ListUserKubeConfigStatesResponse,
};

/// Builds and sends `ListUserKubeConfigStates`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListUserKubeConfigStatesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListUserKubeConfigStatesRequest,
}

impl ListUserKubeConfigStatesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListUserKubeConfigStatesRequest::default(),
        }
    }

    /// Sets [`Uid`](ListUserKubeConfigStatesRequest::uid).
    ///
    /// Required.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.request.uid = Some(value.into());
        self
    }

    /// Sets or clears [`Uid`](ListUserKubeConfigStatesRequest::uid): `None` leaves it out.
    pub fn set_uid(mut self, value: Option<String>) -> Self {
        self.request.uid = value;
        self
    }

    /// Sets [`page_number`](ListUserKubeConfigStatesRequest::page_number): The page number.
    pub fn page_number(mut self, value: i64) -> Self {
        self.request.page_number = Some(value);
        self
    }

    /// Sets or clears [`page_number`](ListUserKubeConfigStatesRequest::page_number): `None` leaves it out.
    pub fn set_page_number(mut self, value: Option<i64>) -> Self {
        self.request.page_number = value;
        self
    }

    /// Sets [`page_size`](ListUserKubeConfigStatesRequest::page_size): The number of entries to return on each page.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }

    /// Sets or clears [`page_size`](ListUserKubeConfigStatesRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListUserKubeConfigStatesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListUserKubeConfigStatesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListUserKubeConfigStatesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListUserKubeConfigStates>(&self.request).await
    }
}
