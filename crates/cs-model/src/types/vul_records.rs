// @generated from spec/cs/2015-12-15/types/VulRecords.json by `cargo xtask codegen`; do not edit.
//! The `VulRecords` data type.

/// The list of vulnerabilities.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct VulRecords {
    /// The list of CVEs.
    ///
    /// Wire name: `cve_list`.
    #[serde(rename = "cve_list", default, skip_serializing_if = "Option::is_none")]
    pub cve_list: Option<Vec<String>>,
    /// The severity level of the vulnerability.
    ///
    /// Wire name: `necessity`.
    #[serde(rename = "necessity", default, skip_serializing_if = "Option::is_none")]
    pub necessity: Option<String>,
    /// The number of nodes that have the vulnerability.
    ///
    /// Wire name: `node_count`.
    #[serde(rename = "node_count", default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<i64>,
    /// The ID of the node pool.
    ///
    /// Wire name: `nodepool_id`.
    #[serde(rename = "nodepool_id", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_id: Option<String>,
    /// The name of the node pool.
    ///
    /// Wire name: `nodepool_name`.
    #[serde(rename = "nodepool_name", default, skip_serializing_if = "Option::is_none")]
    pub nodepool_name: Option<String>,
    /// The alias of the vulnerability.
    ///
    /// Wire name: `vul_alias_name`.
    #[serde(rename = "vul_alias_name", default, skip_serializing_if = "Option::is_none")]
    pub vul_alias_name: Option<String>,
    /// The name of the vulnerability.
    ///
    /// Wire name: `vul_name`.
    #[serde(rename = "vul_name", default, skip_serializing_if = "Option::is_none")]
    pub vul_name: Option<String>,
    /// The type of the vulnerability.
    ///
    /// Wire name: `vul_type`.
    #[serde(rename = "vul_type", default, skip_serializing_if = "Option::is_none")]
    pub vul_type: Option<String>,
}

impl VulRecords {
    /// The list of CVEs (`cve_list`).
    pub fn cve_list(&self) -> &[String] {
        self.cve_list.as_deref().unwrap_or_default()
    }

    /// The severity level of the vulnerability (`necessity`).
    pub fn necessity(&self) -> Option<&str> {
        self.necessity.as_deref()
    }

    /// The number of nodes that have the vulnerability (`node_count`).
    pub fn node_count(&self) -> Option<i64> {
        self.node_count
    }

    /// The ID of the node pool (`nodepool_id`).
    pub fn nodepool_id(&self) -> Option<&str> {
        self.nodepool_id.as_deref()
    }

    /// The name of the node pool (`nodepool_name`).
    pub fn nodepool_name(&self) -> Option<&str> {
        self.nodepool_name.as_deref()
    }

    /// The alias of the vulnerability (`vul_alias_name`).
    pub fn vul_alias_name(&self) -> Option<&str> {
        self.vul_alias_name.as_deref()
    }

    /// The name of the vulnerability (`vul_name`).
    pub fn vul_name(&self) -> Option<&str> {
        self.vul_name.as_deref()
    }

    /// The type of the vulnerability (`vul_type`).
    pub fn vul_type(&self) -> Option<&str> {
        self.vul_type.as_deref()
    }
}

impl VulRecords {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "VulRecords",
    description: sdk_shape::Text::en("The list of vulnerabilities."),
    members: &[
        sdk_shape::MemberShape {
            name: "cve_list",
            flag: "cve-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of CVEs."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "necessity",
            flag: "necessity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The severity level of the vulnerability."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "node_count",
            flag: "node-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of nodes that have the vulnerability.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_id",
            flag: "nodepool-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The ID of the node pool."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "nodepool_name",
            flag: "nodepool-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the node pool."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vul_alias_name",
            flag: "vul-alias-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The alias of the vulnerability."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vul_name",
            flag: "vul-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the vulnerability."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "vul_type",
            flag: "vul-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The type of the vulnerability."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
