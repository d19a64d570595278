// @generated from spec/cs/2015-12-15/actions/AttachInstancesToNodePool.json by `cargo xtask codegen`; do not edit.
//! The builder of `AttachInstancesToNodePool`.

use cs_model::ErrorCode;
use cs_model::actions::attach_instances_to_node_pool::{
    AttachInstancesToNodePool, AttachInstancesToNodePoolRequest,
    AttachInstancesToNodePoolResponse,
};

/// Builds and sends `AttachInstancesToNodePool`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct AttachInstancesToNodePoolBuilder {
    client: sdk_runtime::ServiceClient,
    request: AttachInstancesToNodePoolRequest,
}

impl AttachInstancesToNodePoolBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: AttachInstancesToNodePoolRequest::default(),
        }
    }

    /// Sets [`ClusterId`](AttachInstancesToNodePoolRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](AttachInstancesToNodePoolRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`NodepoolId`](AttachInstancesToNodePoolRequest::nodepool_id).
    ///
    /// Required.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodepoolId`](AttachInstancesToNodePoolRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`format_disk`](AttachInstancesToNodePoolRequest::format_disk): Specifies whether to store container data and images on data cloud disks.
    pub fn format_disk(mut self, value: bool) -> Self {
        self.request.format_disk = Some(value);
        self
    }

    /// Sets or clears [`format_disk`](AttachInstancesToNodePoolRequest::format_disk): `None` leaves it out.
    pub fn set_format_disk(mut self, value: Option<bool>) -> Self {
        self.request.format_disk = value;
        self
    }

    /// Sets [`instances`](AttachInstancesToNodePoolRequest::instances): The list of ECS instances to be added.
    pub fn instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`instances`](AttachInstancesToNodePoolRequest::instances): `None` leaves it out.
    pub fn set_instances(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instances = value;
        self
    }

    /// Sets [`keep_instance_name`](AttachInstancesToNodePoolRequest::keep_instance_name): Specifies whether to retain the original instance name.
    pub fn keep_instance_name(mut self, value: bool) -> Self {
        self.request.keep_instance_name = Some(value);
        self
    }

    /// Sets or clears [`keep_instance_name`](AttachInstancesToNodePoolRequest::keep_instance_name): `None` leaves it out.
    pub fn set_keep_instance_name(mut self, value: Option<bool>) -> Self {
        self.request.keep_instance_name = value;
        self
    }

    /// Sets [`password`](AttachInstancesToNodePoolRequest::password): The SSH logon password for the instances to be added.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.request.password = Some(value.into());
        self
    }

    /// Sets or clears [`password`](AttachInstancesToNodePoolRequest::password): `None` leaves it out.
    pub fn set_password(mut self, value: Option<String>) -> Self {
        self.request.password = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &AttachInstancesToNodePoolRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: AttachInstancesToNodePoolRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<AttachInstancesToNodePoolResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<AttachInstancesToNodePool>(&self.request).await
    }
}
