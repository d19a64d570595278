// @generated from spec/cs/2015-12-15/actions/FixNodePoolVuls.json by `cargo xtask codegen`; do not edit.
//! The `FixNodePoolVuls` action:

/// Marker type tying the request and response of `FixNodePoolVuls` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct FixNodePoolVuls;

impl sdk_shape::Action for FixNodePoolVuls {
    type Request = FixNodePoolVulsRequest;
    type Response = FixNodePoolVulsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `FixNodePoolVuls`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct FixNodePoolVulsRequest {
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
    /// Specifies whether to allow node restarts.
    ///
    /// - true: Node restarts are allowed.
    ///
    /// - false: Node restarts are not allowed.
    ///
    /// Wire name: `auto_restart`.
    #[serde(rename = "auto_restart", default, skip_serializing_if = "Option::is_none")]
    pub auto_restart: Option<bool>,
    /// The list of node names to fix. If not specified, all nodes in the node pool are fixed by default.
    ///
    /// Wire name: `nodes`.
    #[serde(rename = "nodes", default, skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<String>>,
    /// The rolling fix policy.
    ///
    /// Wire name: `rollout_policy`.
    #[serde(rename = "rollout_policy", default, skip_serializing_if = "Option::is_none")]
    pub rollout_policy: Option<crate::types::RolloutPolicy>,
    /// The list of vulnerabilities.
    ///
    /// Wire name: `vuls`.
    #[serde(rename = "vuls", default, skip_serializing_if = "Option::is_none")]
    pub vuls: Option<Vec<String>>,
}

/// Response of `FixNodePoolVuls`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FixNodePoolVulsResponse {
    /// The fix task ID.
    ///
    /// Wire name: `task_id`.
    #[serde(rename = "task_id", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl FixNodePoolVulsResponse {
    /// The fix task ID (`task_id`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "FixNodePoolVuls",
    command: "fix-node-pool-vuls",
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
            name: "auto_restart",
            flag: "auto-restart",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to allow node restarts.\n\n- true: Node restarts are allowed.\n\n- false: Node restarts are not allowed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodes",
            flag: "nodes",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of node names to fix. If not specified, all nodes in the node pool are fixed by default.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rollout_policy",
            flag: "rollout-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::rollout_policy::SHAPE),
            ),
            description: sdk_shape::Text::en("The rolling fix policy."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vuls",
            flag: "vuls",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of vulnerabilities."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "task_id",
            flag: "task-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The fix task ID."),
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
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}/vuls/fix",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
