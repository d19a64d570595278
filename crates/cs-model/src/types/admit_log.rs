// @generated from spec/cs/2015-12-15/types/AdmitLog.json by `cargo xtask codegen`; do not edit.
//! The `AdmitLog` data type.

/// The policy governance audit logs of the cluster.
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize-all", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AdmitLog {
    /// The total number of logs queried.
    ///
    /// Wire name: `count`.
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The Log Service project that stores the policy action information.
    ///
    /// Wire name: `log_project`.
    #[serde(rename = "log_project", default, skip_serializing_if = "Option::is_none")]
    pub log_project: Option<String>,
    /// The Log Service Logstore that stores the policy action information.
    ///
    /// Wire name: `log_store`.
    #[serde(rename = "log_store", default, skip_serializing_if = "Option::is_none")]
    pub log_store: Option<String>,
    /// The log entries for policy violations.
    ///
    /// Wire name: `logs`.
    #[serde(rename = "logs", default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Vec<crate::types::Logs>>,
    /// The status of the query result. Valid values:
    ///
    /// - `Complete`: The query is complete and the returned result is complete.
    /// - `Incomplete`: The query is complete but the returned result is incomplete. You must repeat the request to obtain the complete result.
    ///
    /// Wire name: `progress`.
    #[serde(rename = "progress", default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<String>,
}

impl AdmitLog {
    /// The total number of logs queried (`count`).
    pub fn count(&self) -> Option<i64> {
        self.count
    }

    /// The Log Service project that stores the policy action information (`log_project`).
    pub fn log_project(&self) -> Option<&str> {
        self.log_project.as_deref()
    }

    /// The Log Service Logstore that stores the policy action information (`log_store`).
    pub fn log_store(&self) -> Option<&str> {
        self.log_store.as_deref()
    }

    /// The log entries for policy violations (`logs`).
    pub fn logs(&self) -> &[crate::types::Logs] {
        self.logs.as_deref().unwrap_or_default()
    }

    /// The status of the query result. Valid values: (`progress`).
    pub fn progress(&self) -> Option<&str> {
        self.progress.as_deref()
    }
}

impl AdmitLog {
    /// The documented facts of the type's members, as the shape tables hold them.
    pub const SHAPE: &'static sdk_shape::StructShape = &SHAPE;
}

/// The documented shape of this type, for validation, the CLI and the mock server.
pub static SHAPE: sdk_shape::StructShape = sdk_shape::StructShape {
    name: "AdmitLog",
    description: sdk_shape::Text::en("The policy governance audit logs of the cluster."),
    members: &[
        sdk_shape::MemberShape {
            name: "count",
            flag: "count",
            kind: sdk_shape::Kind::Int64,
            description: sdk_shape::Text::en("The total number of logs queried."),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "log_project",
            flag: "log-project",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Log Service project that stores the policy action information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "log_store",
            flag: "log-store",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The Log Service Logstore that stores the policy action information.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "logs",
            flag: "logs",
            kind: sdk_shape::Kind::Struct(
                sdk_shape::StructRef::to(&crate::types::logs::SHAPE),
            ),
            description: sdk_shape::Text::en("The log entries for policy violations."),
            list: true,
            ..sdk_shape::MemberShape::BASE
        },
        sdk_shape::MemberShape {
            name: "progress",
            flag: "progress",
            kind: sdk_shape::Kind::String,
            description: sdk_shape::Text::en(
                "The status of the query result. Valid values:\n\n- `Complete`: The query is complete and the returned result is complete.\n- `Incomplete`: The query is complete but the returned result is incomplete. You must repeat the request to obtain the complete result.",
            ),
            ..sdk_shape::MemberShape::BASE
        },
    ],
    rules: &[],
};
