// @generated from spec/cs/2015-12-15/actions/DescribeAddons.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeAddons`.

use cs_model::ErrorCode;
use cs_model::actions::describe_addons::{
    DescribeAddons, DescribeAddonsRequest, DescribeAddonsResponse,
};

/// Builds and sends `DescribeAddons`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeAddonsBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeAddonsRequest,
}

impl DescribeAddonsBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeAddonsRequest::default(),
        }
    }

    /// Sets [`cluster_profile`](DescribeAddonsRequest::cluster_profile): The cluster profile.
    pub fn cluster_profile(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_profile = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_profile`](DescribeAddonsRequest::cluster_profile): `None` leaves it out.
    pub fn set_cluster_profile(mut self, value: Option<String>) -> Self {
        self.request.cluster_profile = value;
        self
    }

    /// Sets [`cluster_spec`](DescribeAddonsRequest::cluster_spec): The cluster specifications.
    pub fn cluster_spec(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_spec = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_spec`](DescribeAddonsRequest::cluster_spec): `None` leaves it out.
    pub fn set_cluster_spec(mut self, value: Option<String>) -> Self {
        self.request.cluster_spec = value;
        self
    }

    /// Sets [`cluster_type`](DescribeAddonsRequest::cluster_type).
    pub fn cluster_type(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_type = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_type`](DescribeAddonsRequest::cluster_type): `None` leaves it out.
    pub fn set_cluster_type(mut self, value: Option<String>) -> Self {
        self.request.cluster_type = value;
        self
    }

    /// Sets [`cluster_version`](DescribeAddonsRequest::cluster_version): The cluster version.
    pub fn cluster_version(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_version = Some(value.into());
        self
    }

    /// Sets or clears [`cluster_version`](DescribeAddonsRequest::cluster_version): `None` leaves it out.
    pub fn set_cluster_version(mut self, value: Option<String>) -> Self {
        self.request.cluster_version = value;
        self
    }

    /// Sets [`region`](DescribeAddonsRequest::region): The ID of the region where the cluster is deployed.
    ///
    /// Required.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.request.region = Some(value.into());
        self
    }

    /// Sets or clears [`region`](DescribeAddonsRequest::region): `None` leaves it out.
    pub fn set_region(mut self, value: Option<String>) -> Self {
        self.request.region = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeAddonsRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeAddonsRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeAddonsResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeAddons>(&self.request).await
    }
}
