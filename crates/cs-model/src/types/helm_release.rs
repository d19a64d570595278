// @generated from spec/cs/2015-12-15/types/HelmRelease.json by `cargo xtask codegen`; do not edit.
//! The `HelmRelease` data type.

/// The Helm release instance information corresponding to the component.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct HelmRelease {
    /// The name of the Helm chart corresponding to the component.
    ///
    /// Wire name: `chart_name`.
    #[serde(rename = "chart_name", default, skip_serializing_if = "Option::is_none")]
    pub chart_name: Option<String>,
    /// The version of the Helm chart corresponding to the component.
    ///
    /// Wire name: `chart_version`.
    #[serde(rename = "chart_version", default, skip_serializing_if = "Option::is_none")]
    pub chart_version: Option<String>,
    /// The namespace.
    ///
    /// Wire name: `namespace`.
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    /// The name of the Helm release instance.
    ///
    /// Wire name: `release_name`.
    #[serde(rename = "release_name", default, skip_serializing_if = "Option::is_none")]
    pub release_name: Option<String>,
}

impl HelmRelease {
    /// The name of the Helm chart corresponding to the component (`chart_name`).
    pub fn chart_name(&self) -> Option<&str> {
        self.chart_name.as_deref()
    }

    /// The version of the Helm chart corresponding to the component (`chart_version`).
    pub fn chart_version(&self) -> Option<&str> {
        self.chart_version.as_deref()
    }

    /// The namespace (`namespace`).
    pub fn namespace(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    /// The name of the Helm release instance (`release_name`).
    pub fn release_name(&self) -> Option<&str> {
        self.release_name.as_deref()
    }
}

impl HelmRelease {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "HelmRelease",
    description: sdk_shape::Text::en(
        "The Helm release instance information corresponding to the component.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "chart_name",
            flag: "chart-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The name of the Helm chart corresponding to the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "chart_version",
            flag: "chart-version",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The version of the Helm chart corresponding to the component.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "namespace",
            flag: "namespace",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The namespace."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "release_name",
            flag: "release-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the Helm release instance."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
