// @generated from spec/eflo-controller/2022-12-15/actions/ListUserClusterTypes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListUserClusterTypes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::list_user_cluster_types::{
    ListUserClusterTypes, ListUserClusterTypesRequest, ListUserClusterTypesResponse,
};

/// Builds and sends `ListUserClusterTypes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListUserClusterTypesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListUserClusterTypesRequest,
}

impl ListUserClusterTypesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListUserClusterTypesRequest::default(),
        }
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListUserClusterTypesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListUserClusterTypesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListUserClusterTypesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListUserClusterTypes>(&self.request).await
    }
}
