// @generated from spec/cs/2015-12-15/actions/DescribeAddon.json by `cargo xtask codegen`; do not edit.
//! The `DescribeAddon` action:

/// Marker type tying the request and response of `DescribeAddon` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribeAddon;

impl sdk_shape::Action for DescribeAddon {
    type Request = DescribeAddonRequest;
    type Response = DescribeAddonResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribeAddon`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribeAddonRequest {
    /// Required.
    ///
    /// Wire name: `AddonName`.
    #[serde(rename = "AddonName", default, skip_serializing_if = "Option::is_none")]
    pub addon_name: Option<String>,
    /// The cluster ID. If this parameter is specified, the system queries the list of components available for the cluster and ignores other parameters.
    ///
    /// Wire name: `cluster_id`.
    #[serde(rename = "cluster_id", default, skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// The cluster specification. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.
    ///
    /// Wire name: `cluster_spec`.
    #[serde(rename = "cluster_spec", default, skip_serializing_if = "Option::is_none")]
    pub cluster_spec: Option<String>,
    /// The cluster type. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.
    ///
    /// Wire name: `cluster_type`.
    #[serde(rename = "cluster_type", default, skip_serializing_if = "Option::is_none")]
    pub cluster_type: Option<String>,
    /// The cluster version. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.
    ///
    /// Wire name: `cluster_version`.
    #[serde(
        rename = "cluster_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_version: Option<String>,
    /// The cluster profile. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.
    ///
    /// Wire name: `profile`.
    #[serde(rename = "profile", default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The region ID. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.
    ///
    /// Wire name: `region_id`.
    #[serde(rename = "region_id", default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// The component version. If this parameter is not specified, the system queries the latest available version of the component.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

/// Response of `DescribeAddon`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribeAddonResponse {
    /// The CPU architectures supported by the component.
    ///
    /// Wire name: `architecture`.
    #[serde(rename = "architecture", default, skip_serializing_if = "Option::is_none")]
    pub architecture: Option<Vec<String>>,
    /// The category of the component.
    ///
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The custom parameter schema of the component.
    ///
    /// Wire name: `config_schema`.
    #[serde(rename = "config_schema", default, skip_serializing_if = "Option::is_none")]
    pub config_schema: Option<String>,
    /// Indicates whether the component is installed by default.
    ///
    /// Wire name: `install_by_default`.
    #[serde(
        rename = "install_by_default",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub install_by_default: Option<bool>,
    /// Indicates whether the component is a managed component.
    ///
    /// Wire name: `managed`.
    #[serde(rename = "managed", default, skip_serializing_if = "Option::is_none")]
    pub managed: Option<bool>,
    /// The name of the component.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The information about the latest versions of the component.
    ///
    /// Wire name: `newer_versions`.
    #[serde(rename = "newer_versions", default, skip_serializing_if = "Option::is_none")]
    pub newer_versions: Option<Vec<crate::types::NewerVersions>>,
    /// The operations supported by the component.
    ///
    /// Wire name: `supported_actions`.
    #[serde(
        rename = "supported_actions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub supported_actions: Option<Vec<String>>,
    /// The component version.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl DescribeAddonResponse {
    /// The CPU architectures supported by the component (`architecture`).
    pub fn architecture(&self) -> &[String] {
        self.architecture.as_deref().unwrap_or_default()
    }

    /// The category of the component (`category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// The custom parameter schema of the component (`config_schema`).
    pub fn config_schema(&self) -> Option<&str> {
        self.config_schema.as_deref()
    }

    /// Indicates whether the component is installed by default (`install_by_default`).
    pub fn install_by_default(&self) -> Option<bool> {
        self.install_by_default
    }

    /// Indicates whether the component is a managed component (`managed`).
    pub fn managed(&self) -> Option<bool> {
        self.managed
    }

    /// The name of the component (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The information about the latest versions of the component (`newer_versions`).
    pub fn newer_versions(&self) -> &[crate::types::NewerVersions] {
        self.newer_versions.as_deref().unwrap_or_default()
    }

    /// The operations supported by the component (`supported_actions`).
    pub fn supported_actions(&self) -> &[String] {
        self.supported_actions.as_deref().unwrap_or_default()
    }

    /// The component version (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribeAddon",
    command: "describe-addon",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "AddonName",
            flag: "addon-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_id",
            flag: "cluster-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster ID. If this parameter is specified, the system queries the list of components available for the cluster and ignores other parameters.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_spec",
            flag: "cluster-spec",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster specification. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_type",
            flag: "cluster-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster type. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cluster_version",
            flag: "cluster-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster version. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "profile",
            flag: "profile",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The cluster profile. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "region_id",
            flag: "region-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The region ID. If cluster_id is specified, this parameter is ignored. The region_id, cluster_type, profile, cluster_spec, and cluster_version parameters must be specified at the same time.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The component version. If this parameter is not specified, the system queries the latest available version of the component.",
            ),
            location: sdk_shape::Location::Query,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "architecture",
            flag: "architecture",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The CPU architectures supported by the component.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The category of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "config_schema",
            flag: "config-schema",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The custom parameter schema of the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "install_by_default",
            flag: "install-by-default",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the component is installed by default.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "managed",
            flag: "managed",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the component is a managed component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the component."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "newer_versions",
            flag: "newer-versions",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::newer_versions::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The information about the latest versions of the component.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "supported_actions",
            flag: "supported-actions",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The operations supported by the component.",
            ),
            list: true,
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
            path: "/addons/{AddonName}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
