// @generated from spec/cs/2015-12-15/types/PolicyInstances.json by `cargo xtask codegen`; do not edit.
//! The `PolicyInstances` data type.

/// The list of policy instance counts by policy type.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PolicyInstances {
    /// The policy type. For more information about supported policy types and their descriptions, see [Container security policy rules](https://help.aliyun.com/document_detail/359819.html).
    ///
    /// Wire name: `policy_category`.
    #[serde(
        rename = "policy_category",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_category: Option<String>,
    /// The policy description.
    ///
    /// Wire name: `policy_description`.
    #[serde(
        rename = "policy_description",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_description: Option<String>,
    /// The number of deployed policy instances. If this field is empty, no policy instances of this type are deployed.
    ///
    /// Wire name: `policy_instances_count`.
    #[serde(
        rename = "policy_instances_count",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_instances_count: Option<i64>,
    /// The policy name.
    ///
    /// Wire name: `policy_name`.
    #[serde(rename = "policy_name", default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    /// The policy governance level.
    ///
    /// Wire name: `policy_severity`.
    #[serde(
        rename = "policy_severity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub policy_severity: Option<String>,
}

impl PolicyInstances {
    /// The policy type. For more information about supported policy types and their descriptions, see [Container security policy rules](https://help.aliyun.com/document_detail/359819.html) (`policy_category`).
    pub fn policy_category(&self) -> Option<&str> {
        self.policy_category.as_deref()
    }

    /// The policy description (`policy_description`).
    pub fn policy_description(&self) -> Option<&str> {
        self.policy_description.as_deref()
    }

    /// The number of deployed policy instances. If this field is empty, no policy instances of this type are deployed (`policy_instances_count`).
    pub fn policy_instances_count(&self) -> Option<i64> {
        self.policy_instances_count
    }

    /// The policy name (`policy_name`).
    pub fn policy_name(&self) -> Option<&str> {
        self.policy_name.as_deref()
    }

    /// The policy governance level (`policy_severity`).
    pub fn policy_severity(&self) -> Option<&str> {
        self.policy_severity.as_deref()
    }
}

impl PolicyInstances {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "PolicyInstances",
    description: sdk_shape::Text::en(
        "The list of policy instance counts by policy type.",
    ),
    members: &[
        sdk_shape::MemberShape {
            name: "policy_category",
            flag: "policy-category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The policy type. For more information about supported policy types and their descriptions, see [Container security policy rules](https://help.aliyun.com/document_detail/359819.html).",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "policy_description",
            flag: "policy-description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The policy description."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "policy_instances_count",
            flag: "policy-instances-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of deployed policy instances. If this field is empty, no policy instances of this type are deployed.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "policy_name",
            flag: "policy-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The policy name."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "policy_severity",
            flag: "policy-severity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The policy governance level."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
