// @generated from spec/cs/2015-12-15/types/NewerVersions.json by `cargo xtask codegen`; do not edit.
//! The `NewerVersions` data type.

/// The information about the latest versions of the component.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct NewerVersions {
    /// The minimum cluster version required by this component version.
    ///
    /// Wire name: `minimum_cluster_version`.
    #[serde(
        rename = "minimum_cluster_version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_cluster_version: Option<String>,
    /// Indicates whether the component can be upgraded to this version. Valid values:
    ///
    /// - true: Supported.
    /// - false: Not supported.
    ///
    /// Wire name: `upgradable`.
    #[serde(rename = "upgradable", default, skip_serializing_if = "Option::is_none")]
    pub upgradable: Option<bool>,
    /// The latest version number of the component.
    ///
    /// Wire name: `version`.
    #[serde(rename = "version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl NewerVersions {
    /// The minimum cluster version required by this component version (`minimum_cluster_version`).
    pub fn minimum_cluster_version(&self) -> Option<&str> {
        self.minimum_cluster_version.as_deref()
    }

    /// Indicates whether the component can be upgraded to this version. Valid values: (`upgradable`).
    pub fn upgradable(&self) -> Option<bool> {
        self.upgradable
    }

    /// The latest version number of the component (`version`).
    pub fn version(&self) -> Option<&str> {
        self.version.as_deref()
    }
}

impl NewerVersions {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "NewerVersions",
    description: sdk_shape::Text::en(
        "The information about the latest versions of the component.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "minimum_cluster_version",
            flag: "minimum-cluster-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The minimum cluster version required by this component version.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "upgradable",
            flag: "upgradable",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en(
                "Indicates whether the component can be upgraded to this version. Valid values:\n\n- true: Supported.\n- false: Not supported.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "version",
            flag: "version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The latest version number of the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
