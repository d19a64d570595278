// @generated from spec/cs/2015-12-15/actions/ListOperationPlans.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListOperationPlans`.

use cs_model::ErrorCode;
use cs_model::actions::list_operation_plans::{
    ListOperationPlans, ListOperationPlansRequest, ListOperationPlansResponse,
};

/// Builds and sends `ListOperationPlans`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListOperationPlansBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListOperationPlansRequest,
}

impl ListOperationPlansBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListOperationPlansRequest::default(),
        }
    }

    /// Sets [`cluster_id`](ListOperationPlansRequest::cluster_id): The cluster ID.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_id`](ListOperationPlansRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets `type`: The execution plan type.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.request.r#type = Some(value.into());
        self
    }

    /// Sets or clears `type`: `None` leaves it out.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.request.r#type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListOperationPlansRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListOperationPlansRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListOperationPlansResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListOperationPlans>(&self.request).await
    }
}
