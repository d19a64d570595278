// @generated from spec/eflo-controller/2022-12-15/actions/UpdateNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `UpdateNodeGroup` action:

/// Marker type tying the request and response of `UpdateNodeGroup` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpdateNodeGroup;

impl sdk_shape::Action for UpdateNodeGroup {
    type Request = UpdateNodeGroupRequest;
    type Response = UpdateNodeGroupResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpdateNodeGroup`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpdateNodeGroupRequest {
    /// Specifies whether file storage mounting is supported.
    ///
    /// Wire name: `FileSystemMountEnabled`.
    #[serde(
        rename = "FileSystemMountEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub file_system_mount_enabled: Option<bool>,
    /// The default image ID of the node group. If you do not specify this parameter, the image ID remains unchanged.
    ///
    /// Wire name: `ImageId`.
    #[serde(rename = "ImageId", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The name of the key pair.
    ///
    /// Wire name: `KeyPairName`.
    #[serde(rename = "KeyPairName", default, skip_serializing_if = "Option::is_none")]
    pub key_pair_name: Option<String>,
    /// The logon password for the machines in the node group.
    ///
    /// Wire name: `LoginPassword`.
    #[serde(rename = "LoginPassword", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// The name of the node group.
    ///
    /// Wire name: `NewNodeGroupName`.
    #[serde(
        rename = "NewNodeGroupName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub new_node_group_name: Option<String>,
    /// The ID of the node group.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The name of the RAM role for the node. You can call the ListRoles API operation of RAM to query the RAM roles that you have created. The trusted entity of the role must be Lingjun AI Computing Service. \<warning>Submitting an empty string "" clears the RAM role of the node group.\</warning>
    ///
    /// Wire name: `RamRoleName`.
    #[serde(rename = "RamRoleName", default, skip_serializing_if = "Option::is_none")]
    pub ram_role_name: Option<String>,
    /// The system cloud disk configuration.
    ///
    /// Wire name: `SystemDisk`.
    #[serde(rename = "SystemDisk", default, skip_serializing_if = "Option::is_none")]
    pub system_disk: Option<crate::types::UpdateNodeGroupSystemDisk>,
    /// The custom executable shell script. It must be Base64-encoded, and the maximum size of the raw data is 16 KB.
    ///
    /// Base64-encoded.
    ///
    /// Wire name: `UserData`.
    #[serde(rename = "UserData", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
}

/// Response of `UpdateNodeGroup`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpdateNodeGroupResponse {
    /// The ID of the request.
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the task.
    ///
    /// Wire name: `TaskId`.
    #[serde(rename = "TaskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl UpdateNodeGroupResponse {
    /// The ID of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the task (`TaskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "UpdateNodeGroup",
    command: "update-node-group",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "FileSystemMountEnabled",
            flag: "file-system-mount-enabled",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether file storage mounting is supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ImageId",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The default image ID of the node group. If you do not specify this parameter, the image ID remains unchanged.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "KeyPairName",
            flag: "key-pair-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the key pair."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "LoginPassword",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The logon password for the machines in the node group.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NewNodeGroupName",
            flag: "new-node-group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the node group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the node group."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RamRoleName",
            flag: "ram-role-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the RAM role for the node. You can call the ListRoles API operation of RAM to query the RAM roles that you have created. The trusted entity of the role must be Lingjun AI Computing Service. \\<warning>Submitting an empty string \"\" clears the RAM role of the node group.\\</warning>",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "SystemDisk",
            flag: "system-disk",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::update_node_group_system_disk::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The system cloud disk configuration."),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "UserData",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom executable shell script. It must be Base64-encoded, and the maximum size of the raw data is 16 KB.",
            ),
            base64: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "TaskId",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the task."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "POST",
            path: "/",
            body: sdk_shape::BodyEncoding::Form,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
