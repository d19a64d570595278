// @generated from spec/cs/2015-12-15/types/Reports.json by `cargo xtask codegen`; do not edit.
//! The `Reports` data type.

/// The inspection reports.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Reports {
    /// The completion time of the inspection report, in ISO 8601 format with time zone information.
    ///
    /// Wire name: `endTime`.
    #[serde(rename = "endTime", default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// The inspection report ID.
    ///
    /// Wire name: `reportId`.
    #[serde(rename = "reportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    /// The start time of the inspection report, in ISO 8601 format with time zone information.
    ///
    /// Wire name: `startTime`.
    #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// The generation status of the inspection report.
    ///
    /// Wire name: `status`.
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The inspection report summary.
    ///
    /// Wire name: `summary`.
    #[serde(rename = "summary", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<crate::types::Summary>,
}

impl Reports {
    /// The completion time of the inspection report, in ISO 8601 format with time zone information (`endTime`).
    pub fn end_time(&self) -> Option<&str> {
        self.end_time.as_deref()
    }

    /// The inspection report ID (`reportId`).
    pub fn report_id(&self) -> Option<&str> {
        self.report_id.as_deref()
    }

    /// The start time of the inspection report, in ISO 8601 format with time zone information (`startTime`).
    pub fn start_time(&self) -> Option<&str> {
        self.start_time.as_deref()
    }

    /// The generation status of the inspection report (`status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }

    /// The inspection report summary (`summary`).
    pub fn summary(&self) -> Option<&crate::types::Summary> {
        self.summary.as_ref()
    }
}

impl Reports {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Reports",
    description: sdk_shape::Text::en("The inspection reports."),
    members: &[
        sdk_shape::MemberShape {
            name: "endTime",
            flag: "end-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The completion time of the inspection report, in ISO 8601 format with time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "reportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The inspection report ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "startTime",
            flag: "start-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The start time of the inspection report, in ISO 8601 format with time zone information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The generation status of the inspection report.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "summary",
            flag: "summary",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::summary::SHAPE),
            ),
            description: sdk_shape::Text::en("The inspection report summary."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
