// @generated from spec/cs/2015-12-15/actions/DescribeClusterV2UserKubeconfig.json by `cargo xtask codegen`; do not edit.
//! The builder of `DescribeClusterV2UserKubeconfig`.

use cs_model::ErrorCode;
use cs_model::actions::describe_cluster_v2_user_kubeconfig::{
    DescribeClusterV2UserKubeconfig, DescribeClusterV2UserKubeconfigRequest,
    DescribeClusterV2UserKubeconfigResponse,
};

/// Builds and sends `DescribeClusterV2UserKubeconfig`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct DescribeClusterV2UserKubeconfigBuilder {
    client: sdk_runtime::ServiceClient,
    request: DescribeClusterV2UserKubeconfigRequest,
}

impl DescribeClusterV2UserKubeconfigBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: DescribeClusterV2UserKubeconfigRequest::default(),
        }
    }

    /// Sets [`ClusterId`](DescribeClusterV2UserKubeconfigRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](DescribeClusterV2UserKubeconfigRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`PrivateIpAddress`](DescribeClusterV2UserKubeconfigRequest::private_ip_address): Specifies whether to access the cluster over the internal network.
    pub fn private_ip_address(mut self, value: bool) -> Self {
        self.request.private_ip_address = Some(value);
        self
    }

    /// Sets or clears [`PrivateIpAddress`](DescribeClusterV2UserKubeconfigRequest::private_ip_address): `None` leaves it out.
    pub fn set_private_ip_address(mut self, value: Option<bool>) -> Self {
        self.request.private_ip_address = value;
        self
    }

    /// Sets [`TemporaryDurationMinutes`](DescribeClusterV2UserKubeconfigRequest::temporary_duration_minutes).
    pub fn temporary_duration_minutes(mut self, value: i64) -> Self {
        self.request.temporary_duration_minutes = Some(value);
        self
    }

    /// Sets or clears [`TemporaryDurationMinutes`](DescribeClusterV2UserKubeconfigRequest::temporary_duration_minutes): `None` leaves it out.
    pub fn set_temporary_duration_minutes(mut self, value: Option<i64>) -> Self {
        self.request.temporary_duration_minutes = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &DescribeClusterV2UserKubeconfigRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: DescribeClusterV2UserKubeconfigRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action only reads, so ambiguous failures are retried.
    pub async fn send(
        self,
    ) -> Result<
        DescribeClusterV2UserKubeconfigResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<DescribeClusterV2UserKubeconfig>(&self.request).await
    }
}
