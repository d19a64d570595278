// @generated from spec/cs/2015-12-15/actions/DeleteClusterNodepool.json by `cargo xtask codegen`; do not edit.
//! The `DeleteClusterNodepool` action:

/// Marker type tying the request and response of `DeleteClusterNodepool` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DeleteClusterNodepool;

impl sdk_shape::Action for DeleteClusterNodepool {
    type Request = DeleteClusterNodepoolRequest;
    type Response = DeleteClusterNodepoolResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DeleteClusterNodepool`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DeleteClusterNodepoolRequest {
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
    /// Specifies whether to force delete the node pool. Valid values:
    ///
    /// - true: Force deletes the node pool. If the node pool contains existing nodes, the nodes are forcibly deleted.
    /// - false: Does not force delete the node pool. If the node pool contains existing nodes, the deletion is blocked and an error is returned.
    ///
    /// Wire name: `force`.
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

/// Response of `DeleteClusterNodepool`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DeleteClusterNodepoolResponse {
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

impl DeleteClusterNodepoolResponse {
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
    name: "DeleteClusterNodepool",
    command: "delete-cluster-nodepool",
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
            name: "force",
            flag: "force",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Specifies whether to force delete the node pool. Valid values:\n\n- true: Force deletes the node pool. If the node pool contains existing nodes, the nodes are forcibly deleted.\n- false: Does not force delete the node pool. If the node pool contains existing nodes, the deletion is blocked and an error is returned.",
            ),
            location: sdk_shape::Location::Query,
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
            method: "DELETE",
            path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
