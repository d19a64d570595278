// @generated from spec/cs/2015-12-15/actions/ListAddons.json by `cargo xtask codegen`; do not edit.
//! The `ListAddons` action:

/// Marker type tying the request and response of `ListAddons` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ListAddons;

impl sdk_shape::Action for ListAddons {
    type Request = ListAddonsRequest;
    type Response = ListAddonsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `ListAddons`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct ListAddonsRequest {
    /// The cluster ID. If this parameter is specified, the system queries the available components for the specified cluster and ignores other parameters.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The cluster specification. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// The cluster type. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The cluster version. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.
    ///
    /// Wire name: `cluster_version`.
    #[serde(
        rename = "cluster_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_version: Option<String>,
    /// The cluster profile. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The region. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
}

/// Response of `ListAddons`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ListAddonsResponse {
    /// The list of available components.
    ///
    /// Wire name: `addons`.
    #[serde(rename = "addons", default, skip_serializing_if = "Option::is_none")]
    pub addons: Option<Vec<crate::types::Addons>>,
}

impl ListAddonsResponse {
    /// The list of available components (`addons`).
    pub fn addons(&self) -> &[crate::types::Addons] {
        self.addons.as_deref().unwrap_or_default()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "ListAddons",
    command: "list-addons",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: false,
    input: &[
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster ID. If this parameter is specified, the system queries the available components for the specified cluster and ignores other parameters.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster specification. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster type. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_version",
            flag: "cluster-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster version. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster profile. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The region. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified together.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "addons",
            flag: "addons",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::addons::SHAPE),
            ),
            description: sdk_shape::Text::en("The list of available components."),
            list: true,
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
            path: "/addons",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
