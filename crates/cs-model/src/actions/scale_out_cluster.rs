// @generated from spec/cs/2015-12-15/actions/ScaleOutCluster.json by `cargo xtask codegen`; do not edit.
//! The `ScaleOutCluster` action:

/// Marker type tying the request and response of `ScaleOutCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ScaleOutCluster;

impl sdk_shape::Action for ScaleOutCluster {
    type Request = ScaleOutClusterRequest;
    type Response = ScaleOutClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ScaleOutCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ScaleOutClusterRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Wire name: `cloud_monitor_flags`.
    #[serde(
        rename = "cloud_monitor_flags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_monitor_flags: Option<bool>,
    /// Required.
    ///
    /// Wire name: `count`.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Wire name: `cpu_policy`.
    #[serde(rename = "cpu_policy", default, skip_serializing_if = "Option::is_none")]
    pub cpu_policy: Option<String>,
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `key_pair`.
    #[serde(rename = "key_pair", default, skip_serializing_if = "Option::is_none")]
    pub key_pair: Option<String>,
    /// Required.
    ///
    /// Wire name: `login_password`.
    #[serde(rename = "login_password", default, skip_serializing_if = "Option::is_none")]
    pub login_password: Option<String>,
    /// Wire name: `rds_instances`.
    #[serde(rename = "rds_instances", default, skip_serializing_if = "Option::is_none")]
    pub rds_instances: Option<Vec<String>>,
    /// Wire name: `runtime`.
    #[serde(rename = "runtime", default, skip_serializing_if = "Option::is_none")]
    pub runtime: Option<crate::types::Runtime>,
    /// Wire name: `tags`.
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<crate::types::Tag>>,
    /// Wire name: `taints`.
    #[serde(rename = "taints", default, skip_serializing_if = "Option::is_none")]
    pub taints: Option<Vec<crate::types::Taint>>,
    /// Wire name: `user_data`.
    #[serde(rename = "user_data", default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<String>,
    /// Required.
    ///
    /// Wire name: `vswitch_ids`.
    #[serde(rename = "vswitch_ids", default, skip_serializing_if = "Option::is_none")]
    pub vswitch_ids: Option<Vec<String>>,
    /// Wire name: `worker_auto_renew`.
    #[serde(
        rename = "worker_auto_renew",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_auto_renew: Option<bool>,
    /// Wire name: `worker_auto_renew_period`.
    #[serde(
        rename = "worker_auto_renew_period",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_auto_renew_period: Option<i64>,
    /// Wire name: `worker_data_disks`.
    #[serde(
        rename = "worker_data_disks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_data_disks: Option<Vec<crate::types::ScaleOutClusterWorkerDataDisks>>,
    /// Wire name: `worker_instance_charge_type`.
    #[serde(
        rename = "worker_instance_charge_type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_instance_charge_type: Option<String>,
    /// Required.
    ///
    /// Wire name: `worker_instance_types`.
    #[serde(
        rename = "worker_instance_types",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_instance_types: Option<Vec<String>>,
    /// Wire name: `worker_period`.
    #[serde(rename = "worker_period", default, skip_serializing_if = "Option::is_none")]
    pub worker_period: Option<i64>,
    /// Wire name: `worker_period_unit`.
    #[serde(
        rename = "worker_period_unit",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_period_unit: Option<String>,
    /// Required.
    ///
    /// Wire name: `worker_system_disk_category`.
    #[serde(
        rename = "worker_system_disk_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_system_disk_category: Option<String>,
    /// Required.
    ///
    /// Wire name: `worker_system_disk_size`.
    #[serde(
        rename = "worker_system_disk_size",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub worker_system_disk_size: Option<i64>,
}

/// Response of `ScaleOutCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ScaleOutClusterResponse {
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl ScaleOutClusterResponse {
    /// (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ScaleOutCluster",
    command: "scale-out-cluster",
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
            name: "cloud_monitor_flags",
            flag: "cloud-monitor-flags",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "count",
            flag: "count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cpu_policy",
            flag: "cpu-policy",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "key_pair",
            flag: "key-pair",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "login_password",
            flag: "login-password",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rds_instances",
            flag: "rds-instances",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "runtime",
            flag: "runtime",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::runtime::SHAPE),
            ),
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "tags",
            flag: "tags",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::tag::SHAPE),
            ),
            description: sdk_shape::Text::NONE,
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "taints",
            flag: "taints",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::taint::SHAPE),
            ),
            description: sdk_shape::Text::NONE,
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "user_data",
            flag: "user-data",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vswitch_ids",
            flag: "vswitch-ids",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_auto_renew",
            flag: "worker-auto-renew",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_auto_renew_period",
            flag: "worker-auto-renew-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_data_disks",
            flag: "worker-data-disks",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::scale_out_cluster_worker_data_disks::SHAPE,
                ),
            ),
            description: sdk_shape::Text::NONE,
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_instance_charge_type",
            flag: "worker-instance-charge-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_instance_types",
            flag: "worker-instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            list: true,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_period",
            flag: "worker-period",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_period_unit",
            flag: "worker-period-unit",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_system_disk_category",
            flag: "worker-system-disk-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "worker_system_disk_size",
            flag: "worker-system-disk-size",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::NONE,
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
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
            path: "/api/v2/clusters/{ClusterId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
