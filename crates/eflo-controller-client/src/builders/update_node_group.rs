// @generated from spec/eflo-controller/2022-12-15/actions/UpdateNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The builder of `UpdateNodeGroup`.

use eflo_controller_model::ErrorCode;
use eflo_controller_model::actions::update_node_group::{
    UpdateNodeGroup, UpdateNodeGroupRequest, UpdateNodeGroupResponse,
};

/// Builds and sends `UpdateNodeGroup`:
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is called"]
pub struct UpdateNodeGroupBuilder {
    client: sdk_runtime::ServiceClient,
    request: UpdateNodeGroupRequest,
}

impl UpdateNodeGroupBuilder {
    pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
        Self {
            client,
            request: UpdateNodeGroupRequest::default(),
        }
    }

    /// Sets [`FileSystemMountEnabled`](UpdateNodeGroupRequest::file_system_mount_enabled): Specifies whether file storage mounting is supported.
    pub fn file_system_mount_enabled(mut self, value: bool) -> Self {
        self.request.file_system_mount_enabled = Some(value);
        self
    }

    /// Sets or clears [`FileSystemMountEnabled`](UpdateNodeGroupRequest::file_system_mount_enabled): `None` leaves it out.
    pub fn set_file_system_mount_enabled(mut self, value: Option<bool>) -> Self {
        self.request.file_system_mount_enabled = value;
        self
    }

    /// Sets [`ImageId`](UpdateNodeGroupRequest::image_id): The default image ID of the node group.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.request.image_id = Some(value.into());
        self
    }

    /// Sets or clears [`ImageId`](UpdateNodeGroupRequest::image_id): `None` leaves it out.
    pub fn set_image_id(mut self, value: Option<String>) -> Self {
        self.request.image_id = value;
        self
    }

    /// Sets [`KeyPairName`](UpdateNodeGroupRequest::key_pair_name): The name of the key pair.
    pub fn key_pair_name(mut self, value: impl Into<String>) -> Self {
        self.request.key_pair_name = Some(value.into());
        self
    }

    /// Sets or clears [`KeyPairName`](UpdateNodeGroupRequest::key_pair_name): `None` leaves it out.
    pub fn set_key_pair_name(mut self, value: Option<String>) -> Self {
        self.request.key_pair_name = value;
        self
    }

    /// Sets [`LoginPassword`](UpdateNodeGroupRequest::login_password): The logon password for the machines in the node group.
    pub fn login_password(mut self, value: impl Into<String>) -> Self {
        self.request.login_password = Some(value.into());
        self
    }

    /// Sets or clears [`LoginPassword`](UpdateNodeGroupRequest::login_password): `None` leaves it out.
    pub fn set_login_password(mut self, value: Option<String>) -> Self {
        self.request.login_password = value;
        self
    }

    /// Sets [`NewNodeGroupName`](UpdateNodeGroupRequest::new_node_group_name): The name of the node group.
    pub fn new_node_group_name(mut self, value: impl Into<String>) -> Self {
        self.request.new_node_group_name = Some(value.into());
        self
    }

    /// Sets or clears [`NewNodeGroupName`](UpdateNodeGroupRequest::new_node_group_name): `None` leaves it out.
    pub fn set_new_node_group_name(mut self, value: Option<String>) -> Self {
        self.request.new_node_group_name = value;
        self
    }

    /// Sets [`NodeGroupId`](UpdateNodeGroupRequest::node_group_id): The ID of the node group.
    pub fn node_group_id(mut self, value: impl Into<String>) -> Self {
        self.request.node_group_id = Some(value.into());
        self
    }

    /// Sets or clears [`NodeGroupId`](UpdateNodeGroupRequest::node_group_id): `None` leaves it out.
    pub fn set_node_group_id(mut self, value: Option<String>) -> Self {
        self.request.node_group_id = value;
        self
    }

    /// Sets [`RamRoleName`](UpdateNodeGroupRequest::ram_role_name): The name of the RAM role for the node.
    pub fn ram_role_name(mut self, value: impl Into<String>) -> Self {
        self.request.ram_role_name = Some(value.into());
        self
    }

    /// Sets or clears [`RamRoleName`](UpdateNodeGroupRequest::ram_role_name): `None` leaves it out.
    pub fn set_ram_role_name(mut self, value: Option<String>) -> Self {
        self.request.ram_role_name = value;
        self
    }

    /// Sets [`SystemDisk`](UpdateNodeGroupRequest::system_disk): The system cloud disk configuration.
    pub fn system_disk(
        mut self,
        value: impl Into<eflo_controller_model::types::UpdateNodeGroupSystemDisk>,
    ) -> Self {
        self.request.system_disk = Some(value.into());
        self
    }

    /// Sets or clears [`SystemDisk`](UpdateNodeGroupRequest::system_disk): `None` leaves it out.
    pub fn set_system_disk(
        mut self,
        value: Option<eflo_controller_model::types::UpdateNodeGroupSystemDisk>,
    ) -> Self {
        self.request.system_disk = value;
        self
    }

    /// Sets [`UserData`](UpdateNodeGroupRequest::user_data): The custom executable shell script.
    pub fn user_data(mut self, value: impl Into<String>) -> Self {
        self.request.user_data = Some(value.into());
        self
    }

    /// Sets or clears [`UserData`](UpdateNodeGroupRequest::user_data): `None` leaves it out.
    pub fn set_user_data(mut self, value: Option<String>) -> Self {
        self.request.user_data = value;
        self
    }

    /// The request as built so far.
    pub fn request(&self) -> &UpdateNodeGroupRequest {
        &self.request
    }

    /// Replaces the whole request (for example one read from a file).
    pub fn with_request(mut self, request: UpdateNodeGroupRequest) -> Self {
        self.request = request;
        self
    }

    /// Checks the request against the documentation, signs it and sends it.
    ///
    /// Errors: `SdkError::InvalidInput` before sending when a required member is missing or a documented limit or rule is broken; `SdkError::Service` with the service's `ErrorCode`; transport, timeout and decoding errors otherwise. The action changes state, so it is never sent twice after an ambiguous failure.
    pub async fn send(
        self,
    ) -> Result<UpdateNodeGroupResponse, sdk_runtime::SdkError<ErrorCode>> {
        self.client.send::<UpdateNodeGroup>(&self.request).await
    }
}
