// @generated from spec/cs/2015-12-15/actions/DescribePolicyDetails.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribePolicyDetails`.

use cs_model::ErrorCode;
use cs_model::actions::describe_policy_details::{
    DescribePolicyDetails, DescribePolicyDetailsRequest, DescribePolicyDetailsResponse,
};

/// Builds and sends `DescribePolicyDetails`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribePolicyDetailsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribePolicyDetailsRequest,
}

impl DescribePolicyDetailsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribePolicyDetailsRequest::default(),
        }
    }

    /// Sets [`PolicyName`](DescribePolicyDetailsRequest::policy_name).
    ///
    /// Required.
    pub fn policy_name(mut self, value: impl Into<String>) -> Self {
        self.request.policy_name = Some(value.into());
        self
    }

    /// Sets or clears [`PolicyName`](DescribePolicyDetailsRequest::policy_name): `None` leaves it out.
    pub fn set_policy_name(mut self, value: Option<String>) -> Self {
        self.request.policy_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribePolicyDetailsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribePolicyDetailsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribePolicyDetailsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribePolicyDetails>(&self.request).await
    }
}
