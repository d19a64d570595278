// @generated from spec/cs/2015-12-15/types/Summary.json by `cargo xtask codegen`; do not edit.
//! The `Summary` data type.

/// The summary of the inspection report.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Summary {
    /// The number of check items whose result is advice.
    ///
    /// Wire name: `adviceCount`.
    #[serde(rename = "adviceCount", default, skip_serializing_if = "Option::is_none")]
    pub advice_count: Option<i64>,
    /// The status code of the check task result.
    ///
    /// Wire name: `code`.
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The number of check items whose result is error.
    ///
    /// Wire name: `errorCount`.
    #[serde(rename = "errorCount", default, skip_serializing_if = "Option::is_none")]
    pub error_count: Option<i64>,
    /// The number of check items whose result is normal.
    ///
    /// Wire name: `normalCount`.
    #[serde(rename = "normalCount", default, skip_serializing_if = "Option::is_none")]
    pub normal_count: Option<i64>,
    /// The number of check items whose result is warning.
    ///
    /// Wire name: `warnCount`.
    #[serde(rename = "warnCount", default, skip_serializing_if = "Option::is_none")]
    pub warn_count: Option<i64>,
}

impl Summary {
    /// The number of check items whose result is advice (`adviceCount`).
    pub fn advice_count(&self) -> Option<i64> {
        self.advice_count
    }

    /// The status code of the check task result (`code`).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The number of check items whose result is error (`errorCount`).
    pub fn error_count(&self) -> Option<i64> {
        self.error_count
    }

    /// The number of check items whose result is normal (`normalCount`).
    pub fn normal_count(&self) -> Option<i64> {
        self.normal_count
    }

    /// The number of check items whose result is warning (`warnCount`).
    pub fn warn_count(&self) -> Option<i64> {
        self.warn_count
    }
}

impl Summary {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Summary",
    description: sdk_shape::Text::en("The summary of the inspection report."),
    members: &[
        sdk_shape::MemberShape {
            name: "adviceCount",
            flag: "advice-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of check items whose result is advice.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "code",
            flag: "code",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The status code of the check task result.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "errorCount",
            flag: "error-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of check items whose result is error.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "normalCount",
            flag: "normal-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of check items whose result is normal.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "warnCount",
            flag: "warn-count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en(
                "The number of check items whose result is warning.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
