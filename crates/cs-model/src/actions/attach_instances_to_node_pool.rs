// @generated from spec/cs/2015-12-15/actions/AttachInstancesToNodePool.json by `cargo xtask codegen`; do not edit.
//! The `AttachInstancesToNodePool` action:

/// Marker type tying the request and response of `AttachInstancesToNodePool` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct AttachInstancesToNodePool;

impl sdk_shape::Action for AttachInstancesToNodePool {
    type Request = AttachInstancesToNodePoolRequest;
    type Response = AttachInstancesToNodePoolResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `AttachInstancesToNodePool`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct AttachInstancesToNodePoolRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodepoolId`.
    #[serde(rename = "NodepoolId", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// Specifies whether to store container data and images on data cloud disks. Valid values:
    ///
    /// - `true`: Stores container data and images on data cloud disks.
    ///
    /// - `false`: Does not store container data and images on data cloud disks.
    ///
    /// Default value: `false`.
    ///
    /// Data cloud disk mounting rules:
    ///
    /// - If the ECS instance has data cloud disks mounted and the file system of the last data cloud disk is not initialized, the system automatically formats the data cloud disk to EXT4 to store the /var/lib/docker and /var/lib/kubelet directories.
    /// - If the ECS instance does not have data cloud disks mounted, no new data cloud disks are mounted.
    ///
    /// > If you choose to store data on data cloud disks and the ECS instance already has data cloud disks mounted, the existing data on the data cloud disks will be lost. Back up your data in advance.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `format_disk`.
    #[serde(rename = "format_disk", default, skip_serializing_if = "Option::is_none")]
    pub format_disk: Option<bool>,
    /// The list of ECS instances to be added.
    ///
    /// Wire name: `instances`.
    #[serde(rename = "instances", default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
    /// Specifies whether to retain the original instance name. Valid values:
    ///
    /// - `true`: Retains the instance name.
    ///
    /// - `false`: Does not retain the instance name.
    ///
    /// Default value: `true`.
    ///
    /// Default: `true`.
    ///
    /// Wire name: `keep_instance_name`.
    #[serde(
        rename = "keep_instance_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_instance_name: Option<bool>,
    /// The SSH logon password for the instances to be added.
    ///
    /// Wire name: `password`.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// Response of `AttachInstancesToNodePool`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AttachInstancesToNodePoolResponse {
    /// The request ID.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl AttachInstancesToNodePoolResponse {
    /// The request ID (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "AttachInstancesToNodePool",
    command: "attach-instances-to-node-pool",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodepoolId",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "format_disk",
            flag: "format-disk",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to store container data and images on data cloud disks. Valid values:\n\n- `true`: Stores container data and images on data cloud disks.\n\n- `false`: Does not store container data and images on data cloud disks.\n\nDefault value: `false`.\n\nData cloud disk mounting rules:\n\n- If the ECS instance has data cloud disks mounted and the file system of the last data cloud disk is not initialized, the system automatically formats the data cloud disk to EXT4 to store the /var/lib/docker and /var/lib/kubelet directories.\n- If the ECS instance does not have data cloud disks mounted, no new data cloud disks are mounted.\n\n> If you choose to store data on data cloud disks and the ECS instance already has data cloud disks mounted, the existing data on the data cloud disks will be lost. Back up your data in advance.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instances",
            flag: "instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of ECS instances to be added."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "keep_instance_name",
            flag: "keep-instance-name",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to retain the original instance name. Valid values:\n\n- `true`: Retains the instance name.\n\n- `false`: Does not retain the instance name.\n\nDefault value: `true`.",
            ),
            default: Some("true"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "password",
            flag: "password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SSH logon password for the instances to be added.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The task ID."),
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/attach",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
