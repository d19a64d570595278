// @generated from spec/cs/2015-12-15/actions/ListNodePoolComponents.json by `cargo xtask codegen`; do not edit.
//! The `ListNodePoolComponents` action:

/// Marker type tying the request and response of `ListNodePoolComponents` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListNodePoolComponents;

impl sdk_shape::Action for ListNodePoolComponents {
    type Request = ListNodePoolComponentsRequest;
    type Response = ListNodePoolComponentsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListNodePoolComponents`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentsRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The image ID of the node pool. This parameter is required if nodepool_id is not specified. You must specify either this parameter or image_type.
    ///
    /// Wire name: `image_id`.
    #[serde(rename = "image_id", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// The image type of the node pool. This parameter is required if nodepool_id is not specified. You must specify either this parameter or image_id.
    ///
    /// Wire name: `image_type`.
    #[serde(rename = "image_type", default, skip_serializing_if = "Option::is_none")]
    pub image_type: Option<String>,
    /// The instance types of the node pool. This parameter is required if nodepool_id is not specified.
    ///
    /// Wire name: `instance_types`.
    #[serde(rename = "instance_types", default, skip_serializing_if = "Option::is_none")]
    pub instance_types: Option<Vec<String>>,
    /// The maximum number of results per page. Default value: 200.
    ///
    /// Default: `200`.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    /// The node pool ID. If you specify a node pool ID, the system queries the components available for the node pool and ignores other parameters.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The node pool type. This parameter is required if nodepool_id is not specified.
    ///
    /// Wire name: `nodepool_type`.
    #[serde(rename = "nodepool_type", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_type: Option<String>,
}

/// Response of `ListNodePoolComponents`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListNodePoolComponentsResponse {
    /// The node components.
    ///
    /// Wire name: `components`.
    #[serde(rename = "components", default, skip_serializing_if = "Option::is_none")]
    pub components: Option<Vec<crate::types::ListNodePoolComponentsComponents>>,
    /// The maximum number of results per page. Default value: 200.
    ///
    /// Default: `200`.
    ///
    /// Wire name: `max_results`.
    #[serde(rename = "max_results", default, skip_serializing_if = "Option::is_none")]
    pub max_results: Option<i64>,
    /// The pagination token.
    ///
    /// Wire name: `next_token`.
    #[serde(rename = "next_token", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

impl ListNodePoolComponentsResponse {
    /// The node components (`components`).
    pub fn components(&self) -> &[crate::types::ListNodePoolComponentsComponents] {
        self.components.as_deref().unwrap_or_default()
    }

    /// The maximum number of results per page. Default value: 200 (`max_results`).
    pub fn max_results(&self) -> Option<i64> {
        self.max_results
    }

    /// The pagination token (`next_token`).
    pub fn next_token(&self) -> Option<&str> {
        self.next_token.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListNodePoolComponents",
    command: "list-node-pool-components",
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
            name: "image_id",
            flag: "image-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The image ID of the node pool. This parameter is required if nodepool_id is not specified. You must specify either this parameter or image_type.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "image_type",
            flag: "image-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The image type of the node pool. This parameter is required if nodepool_id is not specified. You must specify either this parameter or image_id.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "instance_types",
            flag: "instance-types",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The instance types of the node pool. This parameter is required if nodepool_id is not specified.",
            ),
            list: true,
            location: sdk_shape::Location::Query,
            style: Some(sdk_shape::Style::Json),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results per page. Default value: 200.",
            ),
            default: Some("200"),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool ID. If you specify a node pool ID, the system queries the components available for the node pool and ignores other parameters.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_type",
            flag: "nodepool-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The node pool type. This parameter is required if nodepool_id is not specified.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "components",
            flag: "components",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(
                    &crate::types::list_node_pool_components_components::SHAPE,
                ),
            ),
            description: sdk_shape::Text::en("The node components."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "max_results",
            flag: "max-results",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The maximum number of results per page. Default value: 200.",
            ),
            default: Some("200"),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "next_token",
            flag: "next-token",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The pagination token."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
    errors: &[],
    examples: &[],
    pagination: None,
    http: Some(
        &sdk_shape::HttpBinding {
            method: "GET",
            path: "/clusters/{ClusterId}/nodepool_components",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
