// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNodeType.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeNodeType`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_node_type::{
    DescribeNodeType, DescribeNodeTypeRequest, DescribeNodeTypeResponse,
};

/// Builds and sends `DescribeNodeType`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeNodeTypeBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeNodeTypeRequest,
}

impl DescribeNodeTypeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeNodeTypeRequest::default(),
        }
    }

    /// Sets [`NodeType`](DescribeNodeTypeRequest::node_type): The node scaling mode.
    pub fn node_type(mut self, value: impl Into<String>) -> Self {
        self.request.node_type = Some(value.into());
        self
    }

    /// Sets or clears [`NodeType`](DescribeNodeTypeRequest::node_type): `None` leaves it out.
    pub fn set_node_type(mut self, value: Option<String>) -> Self {
        self.request.node_type = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeNodeTypeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeNodeTypeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeNodeTypeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeNodeType>(&self.request).await
    }
}
