// @generated from spec/cs/2015-12-15/actions/AttachInstances.json by `cargo xtask codegen`; do not edit.
//! The builder of `AttachInstances`.

use cs_model::ErrorCode;
use cs_model::actions::attach_instances::{
    AttachInstances, AttachInstancesRequest, AttachInstancesResponse,
};

/// Builds and sends `AttachInstances`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct AttachInstancesBuilder {
    client: sdk_runtime::ServiceClient,
    request: AttachInstancesRequest,
}

impl AttachInstancesBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: AttachInstancesRequest::default(),
        }
    }

    /// Sets [`ClusterId`](AttachInstancesRequest::cluster_id).
    ///
    /// Required.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.request.cluster_id = Some(value.into());
        self
    }

    /// Sets or clears [`ClusterId`](AttachInstancesRequest::cluster_id): `None` leaves it out.
    pub fn set_cluster_id(mut self, value: Option<String>) -> Self {
        self.request.cluster_id = value;
        self
    }

    /// Sets [`cpu_policy`](AttachInstancesRequest::cpu_policy): The CPU management policy for the node.
    pub fn cpu_policy(mut self, value: impl Into<String>) -> Self {
        self.request.cpu_policy = Some(value.into());
        self
    }

    /// Sets or clears [`cpu_policy`](AttachInstancesRequest::cpu_policy): `None` leaves it out.
    pub fn set_cpu_policy(mut self, value: Option<String>) -> Self {
        self.request.cpu_policy = value;
        self
    }

    /// Sets [`format_disk`](AttachInstancesRequest::format_disk): Specifies whether to store container data and images on a data cloud disk.
    pub fn format_disk(mut self, value: bool) -> Self {
        self.request.format_disk = Some(value);
        self
    }

    /// Sets or clears [`format_disk`](AttachInstancesRequest::format_disk): `None` leaves it out.
    pub fn set_format_disk(mut self, value: Option<bool>) -> Self {
        self.request.format_disk = value;
        self
    }

    /// Sets [`image_id`](AttachInstancesRequest::image_id): The custom image ID.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.request.image_id = Some(value.into());
        self
    }

    /// Sets or clears [`image_id`](AttachInstancesRequest::image_id): `None` leaves it out.
    pub fn set_image_id(mut self, value: Option<String>) -> Self {
        self.request.image_id = value;
        self
    }

    /// Sets [`instances`](AttachInstancesRequest::instances): The list of ECS instances to be added.
    ///
    /// Required.
    pub fn instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`instances`](AttachInstancesRequest::instances): `None` leaves it out.
    pub fn set_instances(mut self, value: Option<Vec<String>>) -> Self {
        self.request.instances = value;
        self
    }

    /// Sets [`is_edge_worker`](AttachInstancesRequest::is_edge_worker): Specifies whether the node to be added is an edge node, namely an ENS node.
    pub fn is_edge_worker(mut self, value: bool) -> Self {
        self.request.is_edge_worker = Some(value);
        self
    }

    /// Sets or clears [`is_edge_worker`](AttachInstancesRequest::is_edge_worker): `None` leaves it out.
    pub fn set_is_edge_worker(mut self, value: Option<bool>) -> Self {
        self.request.is_edge_worker = value;
        self
    }

    /// Sets [`keep_instance_name`](AttachInstancesRequest::keep_instance_name): Specifies whether to retain the original instance name.
    pub fn keep_instance_name(mut self, value: bool) -> Self {
        self.request.keep_instance_name = Some(value);
        self
    }

    /// Sets or clears [`keep_instance_name`](AttachInstancesRequest::keep_instance_name): `None` leaves it out.
    pub fn set_keep_instance_name(mut self, value: Option<bool>) -> Self {
        self.request.keep_instance_name = value;
        self
    }

    /// Sets [`key_pair`](AttachInstancesRequest::key_pair): The name of the key pair for the instances to be added.
    pub fn key_pair(mut self, value: impl Into<String>) -> Self {
        self.request.key_pair = Some(value.into());
        self
    }

    /// Sets or clears [`key_pair`](AttachInstancesRequest::key_pair): `None` leaves it out.
    pub fn set_key_pair(mut self, value: Option<String>) -> Self {
        self.request.key_pair = value;
        self
    }

    /// Sets [`nodepool_id`](AttachInstancesRequest::nodepool_id): The node pool ID.
    pub fn nodepool_id(mut self, value: impl Into<String>) -> Self {
        self.request.nodepool_id = Some(value.into());
        self
    }

    /// Sets or clears [`nodepool_id`](AttachInstancesRequest::nodepool_id): `None` leaves it out.
    pub fn set_nodepool_id(mut self, value: Option<String>) -> Self {
        self.request.nodepool_id = value;
        self
    }

    /// Sets [`password`](AttachInstancesRequest::password): The SSH logon password for the instances to be added.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.request.password = Some(value.into());
        self
    }

    /// Sets or clears [`password`](AttachInstancesRequest::password): `None` leaves it out.
    pub fn set_password(mut self, value: Option<String>) -> Self {
        self.request.password = value;
        self
    }

    /// Sets [`rds_instances`](AttachInstancesRequest::rds_instances): The list of ApsaraDB RDS instances.
    pub fn rds_instances(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.request.rds_instances = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`rds_instances`](AttachInstancesRequest::rds_instances): `None` leaves it out.
    pub fn set_rds_instances(mut self, value: Option<Vec<String>>) -> Self {
        self.request.rds_instances = value;
        self
    }

    /// Sets [`runtime`](AttachInstancesRequest::runtime): The container runtime.
    pub fn runtime(mut self, value: impl Into<cs_model::types::Runtime>) -> Self {
        self.request.runtime = Some(value.into());
        self
    }

    /// Sets or clears [`runtime`](AttachInstancesRequest::runtime): `None` leaves it out.
    pub fn set_runtime(mut self, value: Option<cs_model::types::Runtime>) -> Self {
        self.request.runtime = value;
        self
    }

    /// Sets [`tags`](AttachInstancesRequest::tags): The node labels.
    pub fn tags(
        mut self,
        value: impl IntoIterator<Item = impl Into<cs_model::types::Tag>>,
    ) -> Self {
        self.request.tags = Some(value.into_iter().map(Into::into).collect());
        self
    }

    /// Sets or clears [`tags`](AttachInstancesRequest::tags): `None` leaves it out.
    pub fn set_tags(mut self, value: Option<Vec<cs_model::types::Tag>>) -> Self {
        self.request.tags = value;
        self
    }

    /// Sets [`user_data`](AttachInstancesRequest::user_data): The custom data for the node.
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.request.user_data = Some(value.into());
        self
    }

    /// Sets or clears [`user_data`](AttachInstancesRequest::user_data): `None` leaves it out.
    pub fn set_user_data(mut self, value: Option<String>) -> Self {
        self.request.user_data = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &AttachInstancesRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: AttachInstancesRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<AttachInstancesResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<AttachInstances>(&self.request).await
    }
}
