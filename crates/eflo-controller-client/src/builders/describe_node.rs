// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNode.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeNode`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_node::{
    DescribeNode, DescribeNodeRequest, DescribeNodeResponse,
};

/// Builds and sends `DescribeNode`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeNodeBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeNodeRequest,
}

impl DescribeNodeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeNodeRequest::default(),
        }
    }

    /// Sets [`NodeId`](DescribeNodeRequest::node_id): The node ID.
    ///
    /// Required.
    pub fn node_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeId`](DescribeNodeRequest::node_id): `None` leaves it out.
    pub fn set_node_id(mut self, value: Option<String>) -> Self {
        self.request.node_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeNodeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeNodeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeNodeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeNode>(&self.request).await
    }
}
