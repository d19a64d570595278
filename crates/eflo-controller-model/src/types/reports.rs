// @generated from spec/eflo-controller/2022-12-15/types/Reports.json by `cargo xtask codegen`; do not edit.
//! The `Reports` data type.

/// The fault report details.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Reports {
    /// The time when the fault report was created. The time is in the YYYY-MM-DD HH:mm:ss format.
    ///
    /// Wire name: `CreateTime`.
    #[serde(rename = "CreateTime", default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// The description of the fault report.
    ///
    /// Wire name: `Description`.
    #[serde(rename = "Description", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The diagnosis type.
    ///
    /// Wire name: `DiagnosisType`.
    #[serde(rename = "DiagnosisType", default, skip_serializing_if = "Option::is_none")]
    pub diagnosis_type: Option<String>,
    /// The time when the fault report was resolved. The time is in the YYYY-MM-DD HH:mm:ss format.
    ///
    /// Wire name: `FinishTime`.
    #[serde(rename = "FinishTime", default, skip_serializing_if = "Option::is_none")]
    pub finish_time: Option<String>,
    /// The node ID.
    ///
    /// Wire name: `NodeId`.
    #[serde(rename = "NodeId", default, skip_serializing_if = "Option::is_none")]
    pub node_id: Option<String>,
    /// The fault report ID.
    ///
    /// Wire name: `ReportId`.
    #[serde(rename = "ReportId", default, skip_serializing_if = "Option::is_none")]
    pub report_id: Option<String>,
    /// The status of the fault report.
    ///
    /// Wire name: `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl Reports {
    /// The time when the fault report was created. The time is in the YYYY-MM-DD HH:mm:ss format (`CreateTime`).
    pub fn create_time(&self) -> Option<&str> {
        self.create_time.as_deref()
    }

    /// The description of the fault report (`Description`).
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// The diagnosis type (`DiagnosisType`).
    pub fn diagnosis_type(&self) -> Option<&str> {
        self.diagnosis_type.as_deref()
    }

    /// The time when the fault report was resolved. The time is in the YYYY-MM-DD HH:mm:ss format (`FinishTime`).
    pub fn finish_time(&self) -> Option<&str> {
        self.finish_time.as_deref()
    }

    /// The node ID (`NodeId`).
    pub fn node_id(&self) -> Option<&str> {
        self.node_id.as_deref()
    }

    /// The fault report ID (`ReportId`).
    pub fn report_id(&self) -> Option<&str> {
        self.report_id.as_deref()
    }

    /// The status of the fault report (`Status`).
    pub fn status(&self) -> Option<&str> {
        self.status.as_deref()
    }
}

impl Reports {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "Reports",
    description: sdk_shape::Text::en("The fault report details."),
    members: &[
        sdk_shape::MemberShape {
            name: "CreateTime",
            flag: "create-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the fault report was created. The time is in the YYYY-MM-DD HH:mm:ss format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Description",
            flag: "description",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The description of the fault report."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "DiagnosisType",
            flag: "diagnosis-type",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The diagnosis type."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "FinishTime",
            flag: "finish-time",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The time when the fault report was resolved. The time is in the YYYY-MM-DD HH:mm:ss format.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "NodeId",
            flag: "node-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The node ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "ReportId",
            flag: "report-id",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The fault report ID."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "Status",
            flag: "status",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en("The status of the fault report."),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
