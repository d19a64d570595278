// @generated from spec/cs/2015-12-15/actions/InstallNodePoolComponents.json by `cargo xtask codegen`; do not edit.
//! The `InstallNodePoolComponents` action:

/// Marker type tying the request and response of `InstallNodePoolComponents` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct InstallNodePoolComponents;

impl sdk_shape::Action for InstallNodePoolComponents {
    type Request = InstallNodePoolComponentsRequest;
    type Response = InstallNodePoolComponentsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `InstallNodePoolComponents`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct InstallNodePoolComponentsRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `NodePoolId`.
    #[serde(rename = "NodePoolId", default, skip_serializing_if = "Option::is_none")]
    pub node_pool_id: Option<String>,
    /// The list of node components.
    ///
    /// Wire name: `components`.
    #[serde(rename = "components", default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<crate::types::InstallNodePoolComponentsComponents>>,
    /// The list of node names specified for the rolling update. Default value: all nodes.
    ///
    /// Wire name: `nodeNames`.
    #[serde(rename = "nodeNames", default, skip_serializing_if = "Option::is_none")]
    pub node_names: Option<Vec<String>>,
    /// The rolling update configuration.
    ///
    /// Wire name: `rollingPolicy`.
    #[serde(rename = "rollingPolicy", default, skip_serializing_if = "Option::is_none")]
    pub rolling_policy: Option<crate::types::InstallNodePoolComponentsRollingPolicy>,
}

/// Response of `InstallNodePoolComponents`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct InstallNodePoolComponentsResponse {
    /// The cluster ID.
    ///
    /// Wire name: `clusterId`.
    #[serde(rename = "clusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The request ID.
    ///
    /// Wire name: `requestId`.
    #[serde(rename = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The task ID.
    ///
    /// Wire name: `taskId`.
    #[serde(rename = "taskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
}

impl InstallNodePoolComponentsResponse {
    /// The cluster ID (`clusterId`).
    pub fn cluster_id(&self) -> Option<&str> {
        self.cluster_id.as_deref()
    }

    /// The request ID (`requestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The task ID (`taskId`).
    pub fn task_id(&self) -> Option<&str> {
        self.task_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "InstallNodePoolComponents",
    command: "install-node-pool-components",
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
            name: "NodePoolId",
            flag: "node-pool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "components",
            flag: "components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::install_node_pool_components_components::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The list of node components."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodeNames",
            flag: "node-names",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of node names specified for the rolling update. Default value: all nodes.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "rollingPolicy",
            flag: "rolling-policy",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::install_node_pool_components_rolling_policy::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The rolling update configuration."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "clusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "requestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The request ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "taskId",
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
            path: "/clusters/{ClusterId}/nodepools/{NodePoolId}/components",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
