// @generated from spec/cs/2015-12-15/actions/DeleteCluster.json by `cargo xtask codegen`; do not edit.
//! The `DeleteCluster` action:

/// Marker type tying the request and response of `DeleteCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DeleteCluster;

impl sdk_shape::Action for DeleteCluster {
    type Request = DeleteClusterRequest;
    type Response = DeleteClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DeleteCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClusterRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The deletion options for the resources associated with the cluster.
    ///
    /// Wire name: `delete_options`.
    #[serde(rename = "delete_options", default, skip_serializing_if = "Option::is_none")]
    pub delete_options: Option<Vec<crate::types::DeleteOptions>>,
    /// Specifies whether to retain the Server Load Balancer (SLB) instances created by using Services.
    /// Valid values:
    ///
    /// - `true`: retains the created SLB resources.
    /// - `false`: does not retain the created SLB resources.
    ///
    /// Default value: `false`.
    /// **\[Deprecated\]** Use `SLB` in `delete_options` instead.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `keep_slb`.
    #[serde(rename = "keep_slb", default, skip_serializing_if = "Option::is_none")]
    pub keep_slb: Option<bool>,
    /// Specifies whether to retain all resources. If you set this parameter to `true`, the `retain_resources` parameter is ignored, and all cloud resources created by the cluster that are queried by calling the `DescribeClusterResources` operation are retained. If you set this parameter to `false`, note that the resources that are retained by default in `delete_options` are still retained. To delete these resources, set `delete_mode` to `delete` in `delete_options`.
    ///
    /// Valid values:
    ///
    /// - `true`: retains all resources, including all cloud resources created by the cluster.
    /// - `false`: does not retain all resources, except for the resources that are retained by default in `delete_options`. For example, ALB resources are still retained even if this parameter is set to `false`.
    ///
    /// Default value: `false`.
    ///
    /// Default: `false`.
    ///
    /// Wire name: `retain_all_resources`.
    #[serde(
        rename = "retain_all_resources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_all_resources: Option<bool>,
    /// The list of resources. To retain resources when you delete the cluster, specify the IDs of the corresponding resources.
    ///
    /// Wire name: `retain_resources`.
    #[serde(
        rename = "retain_resources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub retain_resources: Option<Vec<String>>,
}

/// Response of `DeleteCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeleteClusterResponse {
    /// The ID of the cluster.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The ID of the request.
    ///
    /// Wire name: `request_id`.
    #[serde(rename = "request_id", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The ID of the task.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl DeleteClusterResponse {
    /// The ID of the cluster (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The ID of the request (`request_id`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The ID of the task (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DeleteCluster",
    command: "delete-cluster",
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
            name: "delete_options",
            flag: "delete-options",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::delete_options::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The deletion options for the resources associated with the cluster.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "keep_slb",
            flag: "keep-slb",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to retain the Server Load Balancer (SLB) instances created by using Services.\nValid values:\n\n- `true`: retains the created SLB resources.\n- `false`: does not retain the created SLB resources.\n\nDefault value: `false`.\n**\\[Deprecated\\]** Use `SLB` in `delete_options` instead.",
            ),
            default: Some("false"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "retain_all_resources",
            flag: "retain-all-resources",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to retain all resources. If you set this parameter to `true`, the `retain_resources` parameter is ignored, and all cloud resources created by the cluster that are queried by calling the `DescribeClusterResources` operation are retained. If you set this parameter to `false`, note that the resources that are retained by default in `delete_options` are still retained. To delete these resources, set `delete_mode` to `delete` in `delete_options`.\n\nValid values:\n\n- `true`: retains all resources, including all cloud resources created by the cluster.\n- `false`: does not retain all resources, except for the resources that are retained by default in `delete_options`. For example, ALB resources are still retained even if this parameter is set to `false`.\n\nDefault value: `false`.",
            ),
            default: Some("false"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "retain_resources",
            flag: "retain-resources",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of resources. To retain resources when you delete the cluster, specify the IDs of the corresponding resources.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the cluster."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "request_id",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the request."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "task_id",
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
            method: "DELETE",
            path: "/clusters/{ClusterId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
