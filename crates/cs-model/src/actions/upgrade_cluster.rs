// @generated from spec/cs/2015-12-15/actions/UpgradeCluster.json by `cargo xtask codegen`; do not edit.
//! The `UpgradeCluster` action:

/// Marker type tying the request and response of `UpgradeCluster` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct UpgradeCluster;

impl sdk_shape::Action for UpgradeCluster {
    type Request = UpgradeClusterRequest;
    type Response = UpgradeClusterResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `UpgradeCluster`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct UpgradeClusterRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// **\[Deprecated\]** Do not specify this parameter.
    ///
    /// Wire name: `component_name`.
    #[serde(rename = "component_name", default, skip_serializing_if = "Option::is_none")]
    pub component_name: Option<String>,
    /// Specifies whether to upgrade only the control plane. Valid values:
    ///
    /// - true: Upgrades only the control plane.
    /// - false: Upgrades the control plane and worker nodes.
    ///
    /// Wire name: `master_only`.
    #[serde(rename = "master_only", default, skip_serializing_if = "Option::is_none")]
    pub master_only: Option<bool>,
    /// The target version for the cluster upgrade.
    ///
    /// Wire name: `next_version`.
    #[serde(rename = "next_version", default, skip_serializing_if = "Option::is_none")]
    pub next_version: Option<String>,
    /// The rolling update configuration.
    ///
    /// Wire name: `rolling_policy`.
    #[serde(rename = "rolling_policy", default, skip_serializing_if = "Option::is_none")]
    pub rolling_policy: Option<crate::types::UpgradeClusterRollingPolicy>,
    /// **\[Deprecated\]** Use the next_version parameter instead.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// Response of `UpgradeCluster`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct UpgradeClusterResponse {
    /// The cluster ID.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
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

impl UpgradeClusterResponse {
    /// The cluster ID (`cluster_id`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

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
    name: "UpgradeCluster",
    command: "upgrade-cluster",
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
            name: "component_name",
            flag: "component-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Do not specify this parameter.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "master_only",
            flag: "master-only",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to upgrade only the control plane. Valid values:\n\n- true: Upgrades only the control plane.\n- false: Upgrades the control plane and worker nodes.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_version",
            flag: "next-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The target version for the cluster upgrade.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rolling_policy",
            flag: "rolling-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::upgrade_cluster_rolling_policy::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The rolling update configuration."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "**\\[Deprecated\\]** Use the next_version parameter instead.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
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
            path: "/api/v2/clusters/{ClusterId}/upgrade",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
