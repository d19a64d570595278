// @generated from spec/eflo-controller/2022-12-15/actions/CreateNodeGroup.json by `cargo xtask codegen`; do not edit.
//! The `CreateNodeGroup` action:

/// Marker type tying the request and response of `CreateNodeGroup` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateNodeGroup;

impl sdk_shape::Action for CreateNodeGroup {
    type Request = CreateNodeGroupRequest;
    type Response = CreateNodeGroupResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `CreateNodeGroup`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct CreateNodeGroupRequest {
    /// The cluster ID.
    ///
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The node ID.
    ///
    /// Required.
    ///
    /// Wire name: `NodeGroup`.
    #[serde(rename = "NodeGroup", default, skip_serializing_if = "Option::is_none")]
    pub node_group: Option<crate::types::NodeGroup>,
    /// The node information.
    ///
    /// Wire name: `NodeUnit`.
    #[serde(rename = "NodeUnit", default, skip_serializing_if = "Option::is_none")]
    pub node_unit: Option<serde_json::Value>,
}

/// Response of `CreateNodeGroup`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CreateNodeGroupResponse {
    /// The node group ID.
    ///
    /// Wire name: `NodeGroupId`.
    #[serde(rename = "NodeGroupId", default, skip_serializing_if = "Option::is_none")]
    pub node_group_id: Option<String>,
    /// The node group name.
    ///
    /// Wire name: `NodeGroupName`.
    #[serde(rename = "NodeGroupName", default, skip_serializing_if = "Option::is_none")]
    pub node_group_name: Option<String>,
    /// Id of the request
    ///
    /// Wire name: `RequestId`.
    #[serde(rename = "RequestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl CreateNodeGroupResponse {
    /// The node group ID (`NodeGroupId`).
    pub fn node_group_id(&self) -> Option<&str> {
        self.node_group_id.as_deref()
    }

    /// The node group name (`NodeGroupName`).
    pub fn node_group_name(&self) -> Option<&str> {
        self.node_group_name.as_deref()
    }

    /// Id of the request (`RequestId`).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "CreateNodeGroup",
    command: "create-node-group",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "ClusterId",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster ID."),
            required: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroup",
            flag: "node-group",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::node_group::SHAPE),
            ),
            description: sdk_shape::Text::en("The node ID."),
            required: true,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeUnit",
            flag: "node-unit",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The node information."),
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "NodeGroupId",
            flag: "node-group-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeGroupName",
            flag: "node-group-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node group name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "RequestId",
            flag: "request-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("Id of the request"),
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
