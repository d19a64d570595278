// @generated from spec/cs/2015-12-15/actions/DescribeClusterAddonMetadata.json by `cargo xtask codegen`; do not edit.
//! The `DescribeClusterAddonMetadata` action:

/// Marker type tying the request and response of `DescribeClusterAddonMetadata` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeClusterAddonMetadata;

impl sdk_shape::Action for DescribeClusterAddonMetadata {
    type Request = DescribeClusterAddonMetadataRequest;
    type Response = DescribeClusterAddonMetadataResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeClusterAddonMetadata`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeClusterAddonMetadataRequest {
    /// Required.
    ///
    /// Wire name: `ClusterId`.
    #[serde(rename = "ClusterId", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Required.
    ///
    /// Wire name: `ComponentId`.
    #[serde(rename = "ComponentId", default, skip_serializing_if = "Option::is_none")]
    pub component_id: Option<String>,
    /// The component version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// Response of `DescribeClusterAddonMetadata`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeClusterAddonMetadataResponse {
    /// The component parameter schema.
    ///
    /// Wire name: `config_schema`.
    #[serde(rename = "config_schema", default, skip_serializing_if = "Option::is_none")]
    pub config_schema: Option<String>,
    /// The component name.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The component version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl DescribeClusterAddonMetadataResponse {
    /// The component parameter schema (`config_schema`).
    pub fn config_schema(&self) -> Option<&str> {
        self.config_schema.as_deref()
    }

    /// The component name (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The component version (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeClusterAddonMetadata",
    command: "describe-cluster-addon-metadata",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
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
            name: "ComponentId",
            flag: "component-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component version."),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "config_schema",
            flag: "config-schema",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component parameter schema."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The component version."),
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
            path: "/clusters/{ClusterId}/components/{ComponentId}/metadata",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
