// @generated from spec/cs/2015-12-15/actions/ListClusterAddonInstanceResources.json by `cargo xtask codegen`; do not edit.
//! The builder of `ListClusterAddonInstanceResources`.

use cs_model::ErrorCode;
use cs_model::actions::list_cluster_addon_instance_resources::{
    ListClusterAddonInstanceResources, ListClusterAddonInstanceResourcesRequest,
    ListClusterAddonInstanceResourcesResponse,
};

/// Builds and sends `ListClusterAddonInstanceResources`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct ListClusterAddonInstanceResourcesBuilder {
    client: sdk_runtime::ServiceClient,
    request: ListClusterAddonInstanceResourcesRequest,
}

impl ListClusterAddonInstanceResourcesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: ListClusterAddonInstanceResourcesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](ListClusterAddonInstanceResourcesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](ListClusterAddonInstanceResourcesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`InstanceName`](ListClusterAddonInstanceResourcesRequest::instance_name).
    ///
    /// Required.
    pub fn instance_name(mut self, value: impl Into<String>) -> Self {
        self.request.instance_name = Some(value.into());
        self
    }

    /// Sets or clears [`InstanceName`](ListClusterAddonInstanceResourcesRequest::instance_name): `None` leaves it out.
    pub fn set_instance_name(mut self, value: Option<String>) -> Self {
        self.request.instance_name = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &ListClusterAddonInstanceResourcesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(
        mut self,
        request: ListClusterAddonInstanceResourcesRequest,
    ) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<
        ListClusterAddonInstanceResourcesResponse,
        sdk_runtime::SdkError<ErrorCode>,
    > {
        self.client.send::<ListClusterAddonInstanceResources>(&self.request).await
    }
}
