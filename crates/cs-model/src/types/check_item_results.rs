// @generated from spec/cs/2015-12-15/types/CheckItemResults.json by `cargo xtask codegen`; do not edit.
//! The `CheckItemResults` data type.

/// The list of results.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CheckItemResults {
    /// The category of the inspection item. Valid values:
    ///
    /// - security: security and compliance
    /// - performance: performance and efficiency
    /// - stability: business stability
    /// - limitation: service limits
    /// - cost: cost optimization
    ///
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The unique identifier of the inspection item.
    ///
    /// Wire name: `checkItemUid`.
    #[serde(rename = "checkItemUid", default, skip_serializing_if = "Option::is_none")]
    pub check_item_uid: Option<String>,
    /// The description of the check item.
    ///
    /// Wire name: `description`.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The remediation suggestion.
    ///
    /// Wire name: `fix`.
    #[serde(rename = "fix", default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// The level of the inspection item. Valid values:
    ///
    /// - advice: advice
    /// - warning: low risk
    /// - error: medium risk
    /// - critical: high risk
    ///
    /// Wire name: `level`.
    #[serde(rename = "level", default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// The name of the check item.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The check result. Valid values:
    ///
    /// - true: The check item is abnormal.
    /// - false: The check item is normal.
    /// - disable: The check item is disabled.
    ///
    /// Wire name: `result`.
    #[serde(rename = "result", default, skip_serializing_if = "Option::is_none")]
    pub result: Option<String>,
    /// The resource type of the check target.
    ///
    /// Wire name: `targetType`.
    #[serde(rename = "targetType", default, skip_serializing_if = "Option::is_none")]
    pub target_type: Option<String>,
    /// The list of check targets.
    ///
    /// Wire name: `targets`.
    #[serde(rename = "targets", default, skip_serializing_if = "Option::is_none")]
    pub targets: Option<Vec<String>>,
}

impl CheckItemResults {
    /// The category of the inspection item. Valid values: (`category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// The unique identifier of the inspection item (`checkItemUid`).
    pub fn check_item_uid(&self) -> Option<&str> {
        self.check_item_uid.as_deref()
    }

    /// The description of the check item (`description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The remediation suggestion (`fix`).
    pub fn fix(&self) -> Option<&str> {
        self.fix.as_deref()
    }

    /// The level of the inspection item. Valid values: (`level`).
    pub fn level(&self) -> Option<&str> {
        self.level.as_deref()
    }

    /// The name of the check item (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The check result. Valid values: (`result`).
    pub fn result(&self) -> Option<&str> {
        self.result.as_deref()
    }

    /// The resource type of the check target (`targetType`).
    pub fn target_type(&self) -> Option<&str> {
        self.target_type.as_deref()
    }

    /// The list of check targets (`targets`).
    pub fn targets(&self) -> &[String] {
        self.targets.as_deref().unwrap_or_default()
    }
}

impl CheckItemResults {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "CheckItemResults",
    description: sdk_shape::Text::en("The list of results."),
    members: &[
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The category of the inspection item. Valid values:\n\n- security: security and compliance\n- performance: performance and efficiency\n- stability: business stability\n- limitation: service limits\n- cost: cost optimization",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "checkItemUid",
            flag: "check-item-uid",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The unique identifier of the inspection item.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description of the check item."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "fix",
            flag: "fix",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The remediation suggestion."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "level",
            flag: "level",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The level of the inspection item. Valid values:\n\n- advice: advice\n- warning: low risk\n- error: medium risk\n- critical: high risk",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the check item."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "result",
            flag: "result",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The check result. Valid values:\n\n- true: The check item is abnormal.\n- false: The check item is normal.\n- disable: The check item is disabled.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "targetType",
            flag: "target-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The resource type of the check target."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "targets",
            flag: "targets",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The list of check targets."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
