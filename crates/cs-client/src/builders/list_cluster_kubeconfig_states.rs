// @generated from spec/cs/2015-12-15/actions/ListClusterKubeconfigStates.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListClusterKubeconfigStates`.

use cs_model::ErrorCode;
use cs_model::actions::list_cluster_kubeconfig_states::{
    ListClusterKubeconfigStates, ListClusterKubeconfigStatesRequest,
    ListClusterKubeconfigStatesResponse,
};

/// Builds and sends `ListClusterKubeconfigStates`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListClusterKubeconfigStatesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListClusterKubeconfigStatesRequest,
}

impl ListClusterKubeconfigStatesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListClusterKubeconfigStatesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListClusterKubeconfigStatesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListClusterKubeconfigStatesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cloudServiceKubeConfig`](ListClusterKubeconfigStatesRequest::cloud_service_kube_config): Specifies whether to query the list of KubeConfigs for cloud service roles in the cluster.
    pub fn cloud_service_kube_config(mut self, value: bool) -> Self {
        self.request.cloud_service_kube_config = Some(value);
        self
    }

    /// Sets or clears [`cloudServiceKubeConfig`](ListClusterKubeconfigStatesRequest::cloud_service_kube_config): `None` leaves it out.
    pub fn set_cloud_service_kube_config(mut self, value: Option<bool>) -> Self {
        self.request.cloud_service_kube_config = value;
        self
    }

    /// Sets [`pageNumber`](ListClusterKubeconfigStatesRequest::page_number): The page number.
    pub fn page_number(mut self, value: i64) -> Self {
        self.request.page_number = Some(value);
        self
    }

    /// Sets or clears [`pageNumber`](ListClusterKubeconfigStatesRequest::page_number): `None` leaves it out.
    pub fn set_page_number(mut self, value: Option<i64>) -> Self {
        self.request.page_number = value;
        self
    }

    /// Sets [`pageSize`](ListClusterKubeconfigStatesRequest::page_size): The number of entries per page.
    pub fn page_size(mut self, value: i64) -> Self {
        self.request.page_size = Some(value);
        self
    }

    /// Sets or clears [`pageSize`](ListClusterKubeconfigStatesRequest::page_size): `None` leaves it out.
    pub fn set_page_size(mut self, value: Option<i64>) -> Self {
        self.request.page_size = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListClusterKubeconfigStatesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: ListClusterKubeconfigStatesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<ListClusterKubeconfigStatesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<ListClusterKubeconfigStates>(&self.request).await
    }
}
