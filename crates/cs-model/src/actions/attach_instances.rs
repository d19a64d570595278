// @generated from spec/cs/2015-12-15/actions/AttachInstances.json by `cargo xtask codegen`; do not edit.
//! The `AttachInstances` action:

/// Marker type tying the request and response of `AttachInstances` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct AttachInstances;

impl sdk_shape::Action for AttachInstances {
    type Request = AttachInstancesRequest;
    type Response = AttachInstancesResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `AttachInstances`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct AttachInstancesRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The CPU management policy for the node. The following two policies are supported when the cluster version is 1.12.6 or later:
    ///
    /// - `static`: allows you to enhance CPU affinity and exclusivity for pods with specific resource characteristics on the node.
    /// - `none`: uses the existing default CPU affinity policy.
    ///
    /// Default value: `none`.
    ///
    /// > This parameter is not supported if nodepool_id is specified.
    ///
    /// Default: `"none"`.
    ///
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// Specifies whether to store container data and images on a data cloud disk. Valid values:
    ///
    /// - `true`: stores container data and images on a data cloud disk.
    /// - `false`: does not store container data and images on a data cloud disk.
    ///
    /// Default value: `false`.
    ///
    /// Data cloud disk mounting rules:
    ///
    /// - If the ECS instance has data cloud disks attached and the file system of the last data cloud disk is not initialized, the system automatically formats the data cloud disk to EXT4 to store the /var/lib/docker and /var/lib/kubelet directories, which are the default data directories for the Docker container runtime and kubelet component.
    /// - If the ECS instance does not have data cloud disks attached, no new data cloud disk is attached.
    ///
    /// > If you choose to store data on a data cloud disk and the ECS instance already has data cloud disks attached, the existing data on the data cloud disks will be lost. Back up your data first.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `format_disk`.
    #[serde(rename = "format_disk", default, skip_serializing_if = "Option::is_none")]
    pub format_disk: Option<bool>,
    /// The custom image ID.
    ///
    /// - If you specify a custom image ID, the system cloud disk image of the instance is replaced with the custom image.
    /// - If you do not specify this parameter, the default system image is used.
    ///
    /// > This parameter is not supported if nodepool_id is specified.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The list of ECS instances to be added.
    ///
    /// Required.
    ///
    /// Wire name: `instances`.
    #[serde(rename = "instances", default, skip_serializing_if = "Option::is_none")]
    pub instances: Option<Vec<String>>,
    /// Specifies whether the node to be added is an edge node, namely an ENS node. Valid values:
    ///
    /// - `true`: The node to be added is an edge node.
    /// - `false`: The node to be added is not an edge node.
    ///
    /// Default value: `false`.
    ///
    /// > If the node is an edge node, you must set this parameter to `true` to identify the node type as an ENS node.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `is_edge_worker`.
    #[serde(rename = "is_edge_worker", default, skip_serializing_if = "Option::is_none")]
    pub is_edge_worker: Option<bool>,
    /// Specifies whether to retain the original instance name. Valid values:
    ///
    /// - `true`: retains the instance name.
    /// - `false`: does not retain the instance name.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `keep_instance_name`.
    #[serde(
        rename = "keep_instance_name",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub keep_instance_name: Option<bool>,
    /// The name of the key pair for the instances to be added. You can specify either the key_pair or password parameter, or leave both empty.
    ///
    /// > This parameter is not supported if nodepool_id is specified.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// The node pool ID. If you do not specify this parameter, the node is added to the default node pool.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The SSH logon password for the instances to be added. You can specify either the key_pair or password parameter, or leave both empty.
    ///
    /// The password must meet the following requirements:
    ///
    /// - The password must be 8 to 30 characters in length.
    /// - The password must contain uppercase letters, lowercase letters, digits, and special characters.
    /// - The password cannot contain backslashes () or double quotation marks (").
    ///
    /// For security purposes, the password is encrypted during transmission.
    ///
    /// Wire name: `password`.
    #[serde(rename = "password", default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// The list of ApsaraDB RDS instances.
    ///
    /// Wire name: `rds_instances`.
    #[serde(rename = "rds_instances", default, skip_serializing_if = "Option::is_none")]
    pub rds_instances: Option<Vec<String>>,
    /// The container runtime.
    ///
    /// > This parameter is not supported if nodepool_id is specified.
    ///
    /// name: the name of the container runtime. ACK supports the following three container runtimes:
    ///
    /// - containerd: recommended. Supported by all cluster versions.
    /// - Sandboxed-Container.runv: sandboxed container. Provides higher isolation. Supported by clusters runtime version 1.24 and earlier.
    /// - docker: supported by clusters runtime version 1.22 and earlier.
    ///
    /// Default value: containerd.
    ///
    /// containerd: the version of the container runtime. The default value is the latest version.
    ///
    /// For more information about the changes to the sandboxed container runtime, see [Sandboxed container runtime release notes](https://help.aliyun.com/document_detail/160312.html).
    ///
    /// Wire name: `runtime`.
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<crate::types::Runtime>,
    /// The node labels. Label definition rules:
    ///
    /// - A label is a case-sensitive key-value pair. You can configure up to 20 labels.
    /// - Label keys must be unique and can be up to 64 characters in length.
    /// - Label values can be empty and can be up to 128 characters in length.
    /// - Label keys and values cannot start with `aliyun`, `acs:`, `https://`, or `http://`.
    ///
    /// For more information, see [Labels and Selectors](https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).
    ///
    /// > This parameter is not supported if nodepool_id is specified.
    ///
    /// At most 20 items.
    ///
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// The custom data for the node. For more information, see [Generate instance user data](https://help.aliyun.com/document_detail/49121.html).
    ///
    /// > This parameter is not supported if nodepool_id is specified.
    ///
    /// Wire name: `user_data`.
    #[serde(rename = "user_data", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
}

/// Response of `AttachInstances`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AttachInstancesResponse {
    /// The list of node addition information.
    ///
    /// Wire name: `list`.
    #[serde(rename = "list", default, skip_serializing_if = "Option::is_none")]
    pub list: Option<Vec<crate::types::List>>,
    /// The task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl AttachInstancesResponse {
    /// The list of node addition information (`list`).
    pub fn list(&self) -> &[crate::types::List] {
        self.list.as_deref().unwrap_or_default()
    }

    /// The task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "AttachInstances",
    command: "attach-instances",
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
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU management policy for the node. The following two policies are supported when the cluster version is 1.12.6 or later:\n\n- `static`: allows you to enhance CPU affinity and exclusivity for pods with specific resource characteristics on the node.\n- `none`: uses the existing default CPU affinity policy.\n\nDefault value: `none`.\n\n> This parameter is not supported if nodepool_id is specified.",
            ),
            default: Some("\"none\""),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "format_disk",
            flag: "format-disk",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to store container data and images on a data cloud disk. Valid values:\n\n- `true`: stores container data and images on a data cloud disk.\n- `false`: does not store container data and images on a data cloud disk.\n\nDefault value: `false`.\n\nData cloud disk mounting rules:\n\n- If the ECS instance has data cloud disks attached and the file system of the last data cloud disk is not initialized, the system automatically formats the data cloud disk to EXT4 to store the /var/lib/docker and /var/lib/kubelet directories, which are the default data directories for the Docker container runtime and kubelet component.\n- If the ECS instance does not have data cloud disks attached, no new data cloud disk is attached.\n\n> If you choose to store data on a data cloud disk and the ECS instance already has data cloud disks attached, the existing data on the data cloud disks will be lost. Back up your data first.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom image ID.\n\n- If you specify a custom image ID, the system cloud disk image of the instance is replaced with the custom image.\n- If you do not specify this parameter, the default system image is used.\n\n> This parameter is not supported if nodepool_id is specified.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instances",
            flag: "instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of ECS instances to be added."),
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_edge_worker",
            flag: "is-edge-worker",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether the node to be added is an edge node, namely an ENS node. Valid values:\n\n- `true`: The node to be added is an edge node.\n- `false`: The node to be added is not an edge node.\n\nDefault value: `false`.\n\n> If the node is an edge node, you must set this parameter to `true` to identify the node type as an ENS node.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "keep_instance_name",
            flag: "keep-instance-name",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to retain the original instance name. Valid values:\n\n- `true`: retains the instance name.\n- `false`: does not retain the instance name.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the key pair for the instances to be added. You can specify either the key_pair or password parameter, or leave both empty.\n\n> This parameter is not supported if nodepool_id is specified.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool ID. If you do not specify this parameter, the node is added to the default node pool.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "password",
            flag: "password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The SSH logon password for the instances to be added. You can specify either the key_pair or password parameter, or leave both empty.\n\nThe password must meet the following requirements:\n\n- The password must be 8 to 30 characters in length.\n- The password must contain uppercase letters, lowercase letters, digits, and special characters.\n- The password cannot contain backslashes () or double quotation marks (\").\n\nFor security purposes, the password is encrypted during transmission.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rds_instances",
            flag: "rds-instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of ApsaraDB RDS instances."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::runtime::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The container runtime.\n\n> This parameter is not supported if nodepool_id is specified.\n\nname: the name of the container runtime. ACK supports the following three container runtimes:\n\n- containerd: recommended. Supported by all cluster versions.\n- Sandboxed-Container.runv: sandboxed container. Provides higher isolation. Supported by clusters runtime version 1.24 and earlier.\n- docker: supported by clusters runtime version 1.22 and earlier.\n\nDefault value: containerd.\n\ncontainerd: the version of the container runtime. The default value is the latest version.\n\nFor more information about the changes to the sandboxed container runtime, see [Sandboxed container runtime release notes](https://help.aliyun.com/document_detail/160312.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The node labels. Label definition rules:\n\n- A label is a case-sensitive key-value pair. You can configure up to 20 labels.\n- Label keys must be unique and can be up to 64 characters in length.\n- Label values can be empty and can be up to 128 characters in length.\n- Label keys and values cannot start with `aliyun`, `acs:`, `https://`, or `http://`.\n\nFor more information, see [Labels and Selectors](https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set).\n\n> This parameter is not supported if nodepool_id is specified.",
            ),
            list: true,
            max_items: Some(20u32),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user_data",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom data for the node. For more information, see [Generate instance user data](https://help.aliyun.com/document_detail/49121.html).\n\n> This parameter is not supported if nodepool_id is specified.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "list",
            flag: "list",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::list::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of node addition information."),
            list: true,
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
            path: "/clusters/{ClusterId}/attach",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
