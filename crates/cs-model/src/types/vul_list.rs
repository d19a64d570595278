// @generated from spec/cs/2015-12-15/types/VulList.json by `cargo xtask codegen`; do not edit.
//! The `VulList` data type.

/// The list of vulnerabilities.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct VulList {
    /// The alias of the vulnerability.
    ///
    /// Wire name: `alias_name`.
    #[serde(rename = "alias_name", default, skip_serializing_if = "Option::is_none")]
    pub alias_name: Option<String>,
    /// The list of CVEs corresponding to the vulnerability.
    ///
    /// Wire name: `cve_list`.
    #[serde(rename = "cve_list", default, skip_serializing_if = "Option::is_none")]
    pub cve_list: Option<Vec<String>>,
    /// The name of the vulnerability.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The vulnerability level.
    ///
    /// Wire name: `necessity`.
    #[serde(rename = "necessity", default, skip_serializing_if = "Option::is_none")]
    pub necessity: Option<String>,
    /// Indicates whether a restart is required.
    ///
    /// Wire name: `need_reboot`.
    #[serde(rename = "need_reboot", default, skip_serializing_if = "Option::is_none")]
    pub need_reboot: Option<bool>,
    /// The list of packages affected by the vulnerability.
    ///
    /// Wire name: `package_list`.
    #[serde(rename = "package_list", default, skip_serializing_if = "Option::is_none")]
    pub package_list: Option<Vec<crate::types::PackageList>>,
}

impl VulList {
    /// The alias of the vulnerability (`alias_name`).
    pub fn alias_name(&self) -> Option<&str> {
        self.alias_name.as_deref()
    }

    /// The list of CVEs corresponding to the vulnerability (`cve_list`).
    pub fn cve_list(&self) -> &[String] {
        self.cve_list.as_deref().unwrap_or_default()
    }

    /// The name of the vulnerability (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The vulnerability level (`necessity`).
    pub fn necessity(&self) -> Option<&str> {
        self.necessity.as_deref()
    }

    /// Indicates whether a restart is required (`need_reboot`).
    pub fn need_reboot(&self) -> Option<bool> {
        self.need_reboot
    }

    /// The list of packages affected by the vulnerability (`package_list`).
    pub fn package_list(&self) -> &[crate::types::PackageList] {
        self.package_list.as_deref().unwrap_or_default()
    }
}

impl VulList {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "VulList",
    description: sdk_shape::Text::en("The list of vulnerabilities."),
    members: &[
        sdk_shape::MemberShape {
            name: "alias_name",
            flag: "alias-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The alias of the vulnerability."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "cve_list",
            flag: "cve-list",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The list of CVEs corresponding to the vulnerability.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the vulnerability."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "necessity",
            flag: "necessity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The vulnerability level."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "need_reboot",
            flag: "need-reboot",
            kind: sdk_shape::Kind::Boolean,
            description: sdk_shape::Text::en("Indicates whether a restart is required."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "package_list",
            flag: "package-list",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::package_list::SHAPE),
            ),
            description: sdk_shape::Text::en(
                "The list of packages affected by the vulnerability.",
            ),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
