// @generated from spec/cs/2015-12-15/actions/DescribeExternalAgent.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeExternalAgent`.

use cs_model::ErrorCode;
use cs_model::actions::describe_external_agent::{
    DescribeExternalAgent, DescribeExternalAgentRequest, DescribeExternalAgentResponse,
};

/// Builds and sends `DescribeExternalAgent`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeExternalAgentBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeExternalAgentRequest,
}

impl DescribeExternalAgentBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeExternalAgentRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeExternalAgentRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeExternalAgentRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`AgentMode`](DescribeExternalAgentRequest::agent_mode): The agent permission mode.
    pub fn agent_mode(mut self, value: impl Into<String>) -> Self {
        self.request.agent_mode = Some(value.into());
        self
    }

    /// Sets or clears [`AgentMode`](DescribeExternalAgentRequest::agent_mode): `None` leaves it out.
    pub fn set_agent_mode(mut self, value: Option<String>) -> Self {
        self.request.agent_mode = value;
        self
    }

    /// Sets [`PrivateIpAddress`](DescribeExternalAgentRequest::private_ip_address): Specifies whether to obtain internal network access credentials.
    pub fn private_ip_address(mut self, value: impl Into<String>) -> Self {
        self.request.private_ip_address = Some(value.into());
        self
    }

    /// Sets or clears [`PrivateIpAddress`](DescribeExternalAgentRequest::private_ip_address): `None` leaves it out.
    pub fn set_private_ip_address(mut self, value: Option<String>) -> Self {
        self.request.private_ip_address = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeExternalAgentRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeExternalAgentRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeExternalAgentResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeExternalAgent>(&self.request).await
    }
}
