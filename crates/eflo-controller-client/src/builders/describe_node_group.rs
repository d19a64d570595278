// @generated from spec/eflo-controller/2022-12-15/actions/DescribeNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeNodeGroup`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_node_group::{
    DescribeNodeGroup, DescribeNodeGroupRequest, DescribeNodeGroupResponse,
};

/// Builds and sends `DescribeNodeGroup`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeNodeGroupBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeNodeGroupRequest,
}

impl DescribeNodeGroupBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeNodeGroupRequest::default(),
        }
    }

    /// Sets [`NodeGroupId`](DescribeNodeGroupRequest::node_group_id): The node group ID.
    ///
    /// Required.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](DescribeNodeGroupRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeNodeGroupRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeNodeGroupRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeNodeGroupResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeNodeGroup>(&self.request).await
    }
}
