// @generated from spec/eflo-controller/2022-12-15/actions/ChangeNodeTypes.json by `cargo xtask codegen`; do not edit.
//! The builder of `ChangeNodeTypes`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::change_node_types::{
    ChangeNodeTypes, ChangeNodeTypesRequest, ChangeNodeTypesResponse,
};

/// Builds and sends `ChangeNodeTypes`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ChangeNodeTypesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ChangeNodeTypesRequest,
}

impl ChangeNodeTypesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ChangeNodeTypesRequest::default(),
        }
    }

    /// Sets [`NodeIds`](ChangeNodeTypesRequest::node_ids): A list of node IDs.
    pub fn node_ids(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.node_ids = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`NodeIds`](ChangeNodeTypesRequest::node_ids): `None` leaves it out.
    pub fn set_node_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.request.node_ids = value;
        self
    }

    /// Sets [`NodeType`](ChangeNodeTypesRequest::node_type): The node specifications.
    pub fn node_type(mut self, value: impl Into<String>) -> Self {
        self.request.node_type = Some(value.into());
        self
    }

    /// Sets or clears [`NodeType`](ChangeNodeTypesRequest::node_type): `None` leaves it out.
    pub fn set_node_type(mut self, value: Option<String>) -> Self {
        self.request.node_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ChangeNodeTypesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ChangeNodeTypesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ChangeNodeTypesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ChangeNodeTypes>(&self.request).await
    }
}
