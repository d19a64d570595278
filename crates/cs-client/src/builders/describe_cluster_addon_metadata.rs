// @generated from spec/cs/2015-12-15/actions/DescribeClusterAddonMetadata.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterAddonMetadata`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_addon_metadata::{
    DescribeClusterAddonMetadata, DescribeClusterAddonMetadataRequest,
    DescribeClusterAddonMetadataResponse,
};

/// Builds and sends `DescribeClusterAddonMetadata`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterAddonMetadataBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterAddonMetadataRequest,
}

impl DescribeClusterAddonMetadataBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterAddonMetadataRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterAddonMetadataRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterAddonMetadataRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`ComponentId`](DescribeClusterAddonMetadataRequest::component_id).
    ///
    /// Required.
    pub fn component_id(mut self, value: impl Into<String>) -> Self {
        self.request.component_id = Some(value.into());
        self
    }

    /// Sets or clears [`ComponentId`](DescribeClusterAddonMetadataRequest::component_id): `None` leaves it out.
    pub fn set_component_id(mut self, value: Option<String>) -> Self {
        self.request.component_id = value;
        self
    }

    /// Sets [`version`](DescribeClusterAddonMetadataRequest::version): The component version.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.request.version = Some(value.into());
        self
    }

    /// Sets or clears [`version`](DescribeClusterAddonMetadataRequest::version): `None` leaves it out.
    pub fn set_version(mut self, value: Option<String>) -> Self {
        self.request.version = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterAddonMetadataRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: DescribeClusterAddonMetadataRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<DescribeClusterAddonMetadataResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<DescribeClusterAddonMetadata>(&self.request).await
    }
}
