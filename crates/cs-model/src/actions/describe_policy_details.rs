// @generated from spec/cs/2015-12-15/actions/DescribePolicyDetails.json by `cargo xtask codegen`; do not edit.
//! The `DescribePolicyDetails` action:

/// Marker type tying the request and response of `DescribePolicyDetails` together.
///
/// Its page documents no error codes of its own; it may return any code of the service, each a variant of [`crate::ErrorCode`].
#[derive(Debug, Clone, Copy, Default)]
pub struct DescribePolicyDetails;

impl sdk_shape::Action for DescribePolicyDetails {
    type Request = DescribePolicyDetailsRequest;
    type Response = DescribePolicyDetailsResponse;
    type ErrorCode = crate::ErrorCode;
    const SHAPE: &'static sdk_shape::ActionShape = &SHAPE;
}

/// Request of `DescribePolicyDetails`:
///
/// Every member is an `Option` so a request can be filled step by step; required members and documented limits are checked before it is sent.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize-all", derive(serde::Deserialize))]
#[non_exhaustive]
pub struct DescribePolicyDetailsRequest {
    /// Required.
    ///
    /// Wire name: `PolicyName`.
    #[serde(rename = "PolicyName", default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
}

/// Response of `DescribePolicyDetails`.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DescribePolicyDetailsResponse {
    /// The governance action of the rule. Valid values:
    ///
    /// - `enforce`: Blocks non-compliant deployments.
    /// - `inform`: Triggers alerts.
    ///
    /// Wire name: `action`.
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// The rule templatetype.
    ///
    /// Wire name: `category`.
    #[serde(rename = "category", default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// The description of the rule template.
    ///
    /// Wire name: `description`.
    #[serde(rename = "description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Indicates whether the rule is deleted. Valid values:
    ///
    /// - 0: Not deleted.
    /// - 1: Deleted.
    ///
    /// Wire name: `is_deleted`.
    #[serde(rename = "is_deleted", default, skip_serializing_if = "Option::is_none")]
    pub is_deleted: Option<i64>,
    /// The name of the policy governance rule.
    ///
    /// Wire name: `name`.
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Specifies whether policy configuration is required. Valid values:
    ///
    /// - 0: Parameter settings are required.
    /// - 1: No parameter settings are required.
    ///
    /// Wire name: `no_config`.
    #[serde(rename = "no_config", default, skip_serializing_if = "Option::is_none")]
    pub no_config: Option<i64>,
    /// The governance severity of the rule. Valid values:
    ///
    /// - `high`: High-risk.
    /// - `medium`: Medium-risk.
    /// - `low`: Low-risk.
    ///
    /// Wire name: `severity`.
    #[serde(rename = "severity", default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<String>,
    /// The details of the rule template.
    ///
    /// Wire name: `template`.
    #[serde(rename = "template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
}

impl DescribePolicyDetailsResponse {
    /// The governance action of the rule. Valid values: (`action`).
    pub fn action(&self) -> Option<&str> {
        self.action.as_deref()
    }

    /// The rule templatetype (`category`).
    pub fn category(&self) -> Option<&str> {
        self.category.as_deref()
    }

    /// The description of the rule template (`description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Indicates whether the rule is deleted. Valid values: (`is_deleted`).
    pub fn is_deleted(&self) -> Option<i64> {
        self.is_deleted
    }

    /// The name of the policy governance rule (`name`).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// Specifies whether policy configuration is required. Valid values: (`no_config`).
    pub fn no_config(&self) -> Option<i64> {
        self.no_config
    }

    /// The governance severity of the rule. Valid values: (`severity`).
    pub fn severity(&self) -> Option<&str> {
        self.severity.as_deref()
    }

    /// The details of the rule template (`template`).
    pub fn template(&self) -> Option<&str> {
        self.template.as_deref()
    }
}

/// The documented facts of this action: members, limits, rules, errors, examples.
pub static SHAPE: sdk_shape::ActionShape = sdk_shape::ActionShape {
    name: "DescribePolicyDetails",
    command: "describe-policy-details",
    description: sdk_shape::Text::NONE,
    rate_limit: None,
    region_required: false,
    read_only: true,
    input: &[
        sdk_shape::MemberShape {
            name: "PolicyName",
            flag: "policy-name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::NONE,
            required: true,
            location: sdk_shape::Location::Path,
            ..sdk_shape::MemberShape::BASE
        },
    ],
    output: &[
        sdk_shape::MemberShape {
            name: "action",
            flag: "action",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The governance action of the rule. Valid values:\n\n- `enforce`: Blocks non-compliant deployments.\n- `inform`: Triggers alerts.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "category",
            flag: "category",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The rule templatetype."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description of the rule template."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "is_deleted",
            flag: "is-deleted",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "Indicates whether the rule is deleted. Valid values:\n\n- 0: Not deleted.\n- 1: Deleted.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "name",
            flag: "name",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The name of the policy governance rule."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "no_config",
            flag: "no-config",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "Specifies whether policy configuration is required. Valid values:\n\n- 0: Parameter settings are required.\n- 1: No parameter settings are required.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "severity",
            flag: "severity",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The governance severity of the rule. Valid values:\n\n- `high`: High-risk.\n- `medium`: Medium-risk.\n- `low`: Low-risk.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "template",
            flag: "template",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The details of the rule template."),
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
            path: "/policies/{PolicyName}",
            body: sdk_shape::BodyEncoding::Json,
            answer: sdk_shape::AnswerBody::Json,
        },
    ),
};
