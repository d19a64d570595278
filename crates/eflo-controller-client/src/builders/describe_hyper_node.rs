// @generated from spec/eflo-controller/2022-12-15/actions/DescribeHyperNode.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeHyperNode`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_hyper_node::{
    DescribeHyperNode, DescribeHyperNodeRequest, DescribeHyperNodeResponse,
};

/// Builds and sends `DescribeHyperNode`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeHyperNodeBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeHyperNodeRequest,
}

impl DescribeHyperNodeBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeHyperNodeRequest::default(),
        }
    }

    /// Sets [`HyperNodeId`](DescribeHyperNodeRequest::hyper_node_id): The hypernode ID.
    ///
    /// Required.
    pub fn hyper_node_id(mut self, value: impl Into<String>) -> Self {
        self.request.hyper_node_id = Some(value.into());
        self
    }

    /// Sets or clears [`HyperNodeId`](DescribeHyperNodeRequest::hyper_node_id): `None` leaves it out.
    pub fn set_hyper_node_id(mut self, value: Option<String>) -> Self {
        self.request.hyper_node_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeHyperNodeRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeHyperNodeRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeHyperNodeResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeHyperNode>(&self.request).await
    }
}
