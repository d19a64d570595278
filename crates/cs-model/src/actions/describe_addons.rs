// @generated from spec/cs/2015-12-15/actions/DescribeAddons.json by `cargo xtask codegen`; do not edit.
//! The `DescribeAddons` action:

/// Marker type tying the request and response of `DescribeAddons` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeAddons;

impl sdk_shape::Action for DescribeAddons {
    type Request = DescribeAddonsRequest;
    type Response = DescribeAddonsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeAddons`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeAddonsRequest {
    /// The cluster profile. Valid values:
    ///
    /// - Default: managed cluster.
    /// - Serverless: Serverless cluster.
    /// - Edge: edge cluster.
    ///
    /// Default: `"managed"`.
    ///
    /// Wire name: `cluster_profile`.
    #[serde(
        rename = "cluster_profile",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_profile: Option<String>,
    /// The cluster specifications. You can specify this parameter when you set cluster_type to ManagedKubernetes and configure profile. Valid values:
    ///
    /// - ack.pro.small: ACK Pro.
    ///
    /// - ack.standard: ACK Basic. This is the default value if this parameter is left empty.
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// - Kubernetes: ACK dedicated cluster.
    ///
    /// - ManagedKubernetes: ACK ACK clusters, including ACK ACK clusters (ACK Pro and ACK Basic), ACK Serverless clusters (Pro and Basic), ACK Edge clusters (Pro and Basic), and ACK Lingjun clusters (Pro).
    ///
    /// - ExternalKubernetes: registered cluster.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The cluster version.
    ///
    /// Wire name: `cluster_version`.
    #[serde(
        rename = "cluster_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_version: Option<String>,
    /// The ID of the region where the cluster is deployed.
    ///
    /// Required.
    ///
    /// Wire name: `region`.
    #[serde(rename = "region", default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

/// Response of `DescribeAddons`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeAddonsResponse {
    /// The list of component groups.
    ///
    /// Wire name: `ComponentGroups`.
    #[serde(
        rename = "ComponentGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub component_groups: Option<Vec<crate::types::ComponentGroups>>,
    /// The standard components.
    ///
    /// Wire name: `StandardComponents`.
    #[serde(
        rename = "StandardComponents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub standard_components: Option<serde_json::Value>,
}

impl DescribeAddonsResponse {
    /// The list of component groups (`ComponentGroups`).
    pub fn component_groups(&self) -> &[crate::types::ComponentGroups] {
        self.component_groups.as_deref().unwrap_or_default()
    }

    /// The standard components (`StandardComponents`).
    pub fn standard_components(&self) -> Option<&serde_json::Value> {
        self.standard_components.as_ref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeAddons",
    command: "describe-addons",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "cluster_profile",
            flag: "cluster-profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster profile. Valid values:\n\n- Default: managed cluster.\n- Serverless: Serverless cluster.\n- Edge: edge cluster.",
            ),
            default: Some("\"managed\""),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster specifications. You can specify this parameter when you set cluster_type to ManagedKubernetes and configure profile. Valid values:\n\n- ack.pro.small: ACK Pro.\n\n- ack.standard: ACK Basic. This is the default value if this parameter is left empty.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "- Kubernetes: ACK dedicated cluster.\n\n- ManagedKubernetes: ACK ACK clusters, including ACK ACK clusters (ACK Pro and ACK Basic), ACK Serverless clusters (Pro and Basic), ACK Edge clusters (Pro and Basic), and ACK Lingjun clusters (Pro).\n\n- ExternalKubernetes: registered cluster.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_version",
            flag: "cluster-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The cluster version."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region",
            flag: "region",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The ID of the region where the cluster is deployed.",
            ),
            required: true,
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "ComponentGroups",
            flag: "component-groups",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::component_groups::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of component groups."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "StandardComponents",
            flag: "standard-components",
            kind: sdk_shape::Kind::Json,
            description: sdk_shape::Text::en("The standard components."),
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
            path: "/clusters/components/metadata",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
