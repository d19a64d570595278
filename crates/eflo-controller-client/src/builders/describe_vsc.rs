// @generated from spec/eflo-controller/2022-12-15/actions/DescribeVsc.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeVsc`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::describe_vsc::{
    DescribeVsc, DescribeVscRequest, DescribeVscResponse,
};

/// Builds and sends `DescribeVsc`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeVscBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeVscRequest,
}

impl DescribeVscBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeVscRequest::default(),
        }
    }

    /// Sets [`VscId`](DescribeVscRequest::vsc_id): The ID of the Vsc.
    ///
    /// Required.
    pub fn vsc_id(mut self, value: impl Into<String>) -> Self {
        self.request.vsc_id = Some(value.into());
        self
    }

    /// Sets or clears [`VscId`](DescribeVscRequest::vsc_id): `None` leaves it out.
    pub fn set_vsc_id(mut self, value: Option<String>) -> Self {
        self.request.vsc_id = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeVscRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeVscRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeVscResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeVsc>(&self.request).await
    }
}
